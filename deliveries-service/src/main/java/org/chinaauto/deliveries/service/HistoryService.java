package org.chinaauto.deliveries.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.common.view.Rate;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.BrandHistoryView;
import org.chinaauto.deliveries.view.Counts;

/** A brand's monthly deliveries with computed and stated growth and all-time highs. */
@ApplicationScoped
public class HistoryService {

    static final int MAX_MONTHS = 600;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    public BrandHistoryView history(String slug, YearMonth from, YearMonth to, String publisher, Snapshot snapshot) {
        Brand brand = catalog.requireBrand(slug);
        // all earlier months count for the all-time high, and spans give the months they can be derived from, so
        // read the brand's whole history up to 'to'
        DeliveryIndex index = new DeliveryIndex(deliveries.within(List.of(brand.slug), SubjectKind.BRAND, publisher,
                null, to == null ? null : to.atDay(1), snapshot));
        List<YearMonth> known = index.knownMonths(brand.slug);
        YearMonth first = from != null ? from : known.isEmpty() ? null : known.get(0);
        YearMonth last = to != null ? to : known.isEmpty() ? null : known.get(known.size() - 1);
        List<BrandHistoryView.Point> points = new ArrayList<>();
        if (first == null || last == null) {
            return new BrandHistoryView(brand.slug, brand.name, str(first), str(last), snapshot.asOf(),
                    snapshot.vintage(), points);
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "'to' (" + last + ") is before 'from' (" + first + ")");
        }
        if (new Period(first, last).lengthInMonths() > MAX_MONTHS) {
            throw new InvalidInputException("to", "a history covers at most " + MAX_MONTHS + " months");
        }
        Highest highest = new Highest();
        for (YearMonth m : known) {
            if (!m.isBefore(first)) {
                break;
            }
            highest.add(index.month(brand.slug, m, publisher).estimate());
        }
        for (YearMonth m : new Period(first, last).months()) {
            Delivery d = index.month(brand.slug, m, publisher);
            if (d == null) {
                points.add(BrandHistoryView.Point.missing(m.toString()));
                continue;
            }
            Estimate e = d.estimate();
            Estimate count = Counts.of(e);
            Rate mom = growth(d, index.month(brand.slug, m.minusMonths(1), publisher), d.statedMomPct, m.minusMonths(1));
            Rate yoy = growth(d, index.month(brand.slug, m.minusMonths(12), publisher), d.statedYoyPct, m.minusMonths(12));
            Boolean allTimeHigh = highest.exceededBy(e);
            highest.add(e);
            points.add(new BrandHistoryView.Point(m.toString(), Counts.longOrNull(count.value()),
                    Counts.longOrNull(count.low()), Counts.longOrNull(count.high()), d.publisher,
                    Numbers.lower(d.attribution), d.attributionNote, d.published, d.publishedOn, d.source,
                    d.reportId, d.quote,
                    Numbers.lower(d.status), index.derivedRange(d), mom, yoy, allTimeHigh, d.record, d.notes));
        }
        return new BrandHistoryView(brand.slug, brand.name, first.toString(), last.toString(), snapshot.asOf(),
                snapshot.vintage(), points);
    }

    /**
     * Growth from the base month: computed on the bounds when the base month is known, the stated rate (rounded
     * to its last decimal) beside it and judged against the computed range; null when neither exists.
     */
    private static Rate growth(Delivery now, Delivery base, BigDecimal stated, YearMonth baseMonth) {
        Rate.Reported reported = stated == null ? null
                : Rate.Reported.of(Estimate.statedRate(stated, null, null), null, null, null, now.id);
        Rate.Computed computed = base == null ? null
                : Rate.Computed.of(now.estimate().percentChangeFrom(base.estimate()),
                        "deliveries " + now.period() + " / deliveries " + baseMonth + " - 1", now.estimate(),
                        base.estimate(), Period.month(baseMonth), null);
        return Rate.of(reported, computed);
    }

    /** The highest of the months seen so far, on their bounds. */
    private static final class Highest {

        private boolean any;
        private boolean unboundedAbove;
        private BigDecimal maxLow;
        private BigDecimal maxHigh;

        void add(Estimate e) {
            any = true;
            unboundedAbove |= e.high() == null;
            maxLow = max(maxLow, e.low());
            maxHigh = max(maxHigh, e.high());
        }

        /**
         * True when the month is certainly above every earlier one, false when an earlier one is certainly at least
         * as high, null when no earlier month is known or the bounds cannot tell.
         */
        Boolean exceededBy(Estimate e) {
            if (!any) {
                return null;
            }
            if (e.low() != null && !unboundedAbove && e.low().compareTo(maxHigh) > 0) {
                return true;
            }
            if (e.high() != null && maxLow != null && e.high().compareTo(maxLow) <= 0) {
                return false;
            }
            return null;
        }

        private static BigDecimal max(BigDecimal a, BigDecimal b) {
            return a == null ? b : b == null ? a : a.max(b);
        }
    }

    private static String str(YearMonth m) {
        return m == null ? null : m.toString();
    }
}
