package org.chinaauto.deliveries.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.target.Target;
import org.chinaauto.deliveries.target.TargetRepository;
import org.chinaauto.deliveries.view.TargetProgressView;

/** A brand's deliveries to date against the latest revision of its annual target. */
@ApplicationScoped
public class TargetProgressService {

    @Inject
    TargetRepository targets;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    public TargetProgressView progress(String slug, Integer year, Instant asOf) {
        Brand brand = catalog.requireBrand(slug);
        List<Target> all = targets.of(brand.slug, year, asOf);
        if (all.isEmpty()) {
            throw ProblemException.notFound("No annual target of " + brand.name + (year == null ? "" : " for " + year)
                    + " is known" + (asOf == null ? "" : " as of " + asOf));
        }
        int y = year != null ? year : all.get(all.size() - 1).year;
        List<Target> revisions = all.stream().filter(t -> t.year == y).toList();
        Target current = revisions.get(revisions.size() - 1);

        Period whole = Period.year(y);
        List<Delivery> figures = deliveries.within(List.of(brand.slug), SubjectKind.BRAND, null, whole.start().atDay(1),
                whole.end().atDay(1), asOf).stream().filter(d -> d.period().isSingleMonth()).toList();
        DeliveryIndex index = new DeliveryIndex(figures);
        List<YearMonth> known = index.knownMonths(brand.slug);
        YearMonth through = known.isEmpty() ? null : known.get(known.size() - 1);
        DeliveryIndex.Amount toDate = through == null ? null
                : index.amount(brand.slug, new Period(whole.start(), through), null);
        Long delivered = toDate == null ? null : toDate.value();
        boolean complete = toDate != null && toDate.complete();

        long low = current.lowEnd();
        long high = current.highEnd();
        List<String> stated = new ArrayList<>();
        for (Target t : revisions) {
            if (t.statedProgress != null) {
                stated.add("Revision " + t.revision + " (" + describe(t) + "): " + t.statedProgress);
            }
        }
        return new TargetProgressView(brand.slug, y, asOf,
                revisions.stream().map(t -> new TargetProgressView.Revision(t.revision, t.announced, t.low, t.high, t.value,
                        t.publisher, t.statedProgress, t.notes, t.source)).toList(),
                new TargetProgressView.Current(current.revision, low, high), delivered,
                through == null ? null : through.toString(),
                toDate == null ? List.of() : toDate.monthsKnown().stream().map(YearMonth::toString).toList(),
                toDate == null ? List.of() : toDate.missing(), complete,
                pct(delivered, low), pct(delivered, high),
                rateNeeded(delivered, low, through, complete), rateNeeded(delivered, high, through, complete),
                reachedIn(index, brand.slug, known, low), reachedIn(index, brand.slug, known, high), stated);
    }

    private static String describe(Target t) {
        return t.value != null ? String.format(Locale.ROOT, "%,d", t.value) : String.format(Locale.ROOT, "%,d-%,d", t.low, t.high);
    }

    private static BigDecimal pct(Long delivered, long target) {
        return delivered == null ? null : MonthlySeries.share(BigDecimal.valueOf(delivered), BigDecimal.valueOf(target));
    }

    /**
     * Deliveries needed per remaining month of the year to reach the target: 0 once reached; unknown when
     * months to date are missing (a missing month is not zero) or no month is left.
     */
    private static Long rateNeeded(Long delivered, long target, YearMonth through, boolean complete) {
        if (delivered == null) {
            return null;
        }
        if (delivered >= target) {
            return 0L;
        }
        int left = 12 - through.getMonthValue();
        if (!complete || left == 0) {
            return null;
        }
        return (target - delivered + left - 1) / left;
    }

    /** The month the cumulative sum of the known months first reached the target, or null. */
    private static String reachedIn(DeliveryIndex index, String brand, List<YearMonth> known, long target) {
        long sum = 0;
        for (YearMonth m : known) {
            sum += index.month(brand, m, null).deliveries;
            if (sum >= target) {
                return m.toString();
            }
        }
        return null;
    }
}
