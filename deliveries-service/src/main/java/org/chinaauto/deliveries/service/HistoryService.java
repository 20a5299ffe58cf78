package org.chinaauto.deliveries.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.BrandHistoryView;

/** A brand's monthly deliveries with computed and stated growth and all-time highs. */
@ApplicationScoped
public class HistoryService {

    static final int MAX_MONTHS = 600;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    @Inject
    DeliveriesConfig config;

    public BrandHistoryView history(String slug, YearMonth from, YearMonth to, String publisher, Instant asOf) {
        Brand brand = catalog.requireBrand(slug);
        // all earlier months count for the all-time high, so read the brand's whole history up to 'to'
        List<Delivery> figures = deliveries.within(List.of(brand.slug), SubjectKind.BRAND, publisher, null,
                to == null ? null : to.atDay(1), asOf).stream().filter(d -> d.period().isSingleMonth()).toList();
        DeliveryIndex index = new DeliveryIndex(figures);
        List<YearMonth> known = index.knownMonths(brand.slug);
        YearMonth first = from != null ? from : known.isEmpty() ? null : known.get(0);
        YearMonth last = to != null ? to : known.isEmpty() ? null : known.get(known.size() - 1);
        List<BrandHistoryView.Point> points = new ArrayList<>();
        if (first == null || last == null) {
            return new BrandHistoryView(brand.slug, brand.name, str(first), str(last), asOf, points);
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "'to' (" + last + ") is before 'from' (" + first + ")");
        }
        if (new Period(first, last).lengthInMonths() > MAX_MONTHS) {
            throw new InvalidInputException("to", "a history covers at most " + MAX_MONTHS + " months");
        }
        long highest = -1;
        for (YearMonth m : known) {
            if (!m.isBefore(first)) {
                break;
            }
            highest = Math.max(highest, index.month(brand.slug, m, publisher).deliveries);
        }
        for (YearMonth m : new Period(first, last).months()) {
            Delivery d = index.month(brand.slug, m, publisher);
            if (d == null) {
                points.add(new BrandHistoryView.Point(m.toString(), null, null, null, null, null, null, null, null, false,
                        false, null));
                continue;
            }
            BigDecimal mom = growth(d, index.month(brand.slug, m.minusMonths(1), publisher));
            BigDecimal yoy = growth(d, index.month(brand.slug, m.minusMonths(12), publisher));
            BigDecimal stated = Numbers.strip(d.statedYoyPct);
            BigDecimal difference = stated == null || yoy == null ? null : Numbers.strip(stated.subtract(yoy));
            Boolean flagged = difference == null ? null : difference.abs().compareTo(config.flagThresholdPoints()) > 0;
            boolean high = d.deliveries > highest;
            highest = Math.max(highest, d.deliveries);
            points.add(new BrandHistoryView.Point(m.toString(), d.deliveries, d.publisher, mom, yoy,
                    Numbers.strip(d.statedMomPct), stated, difference, flagged, high, d.record, d.notes));
        }
        return new BrandHistoryView(brand.slug, brand.name, first.toString(), last.toString(), asOf, points);
    }

    private static BigDecimal growth(Delivery now, Delivery before) {
        return before == null ? null
                : MonthlySeries.percentChange(BigDecimal.valueOf(now.deliveries), BigDecimal.valueOf(before.deliveries));
    }

    private static String str(YearMonth m) {
        return m == null ? null : m.toString();
    }
}
