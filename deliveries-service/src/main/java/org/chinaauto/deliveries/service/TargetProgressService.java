package org.chinaauto.deliveries.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.common.view.Rate;
import org.chinaauto.deliveries.annualtarget.Target;
import org.chinaauto.deliveries.annualtarget.TargetRepository;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.Counts;
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

    public TargetProgressView progress(String slug, Integer year, Snapshot snapshot) {
        Brand brand = catalog.requireBrand(slug);
        List<Target> all = targets.of(brand.slug, year, snapshot);
        if (all.isEmpty()) {
            throw ProblemException.notFound("No annual target of " + brand.name + (year == null ? "" : " for " + year)
                    + " is known" + (snapshot.latest() ? "" : " in this snapshot (vintage/asOf)"));
        }
        int y = year != null ? year : all.get(all.size() - 1).year;
        List<Target> revisions = all.stream().filter(t -> t.year == y).toList();
        Target current = revisions.get(revisions.size() - 1);
        Estimate target = current.estimate();

        Period whole = Period.year(y);
        List<Delivery> figures = deliveries.within(List.of(brand.slug), SubjectKind.BRAND, null, whole.start().atDay(1),
                whole.end().atDay(1), snapshot).stream().filter(d -> d.period().isSingleMonth()).toList();
        DeliveryIndex index = new DeliveryIndex(figures);
        List<YearMonth> known = index.knownMonths(brand.slug);
        YearMonth through = known.isEmpty() ? null : known.get(known.size() - 1);
        DeliveryIndex.Amount toDate = through == null ? null
                : index.amount(brand.slug, new Period(whole.start(), through), null);
        boolean complete = toDate != null && toDate.complete();
        // a sum with missing months is only a floor: "at least N of the target", never a percentage
        Estimate delivered = complete ? toDate.estimate() : null;
        Long atLeast = toDate == null || complete ? null : Counts.longOrNull(toDate.count().low());

        List<String> stated = new ArrayList<>();
        for (Target t : revisions) {
            if (t.statedProgress != null) {
                stated.add("Revision " + t.revision + " (" + describe(t) + "): " + t.statedProgress);
            }
        }
        Estimate progress = delivered == null ? null : delivered.percentOf(target);
        return new TargetProgressView(brand.slug, y, snapshot.asOf(), snapshot.vintage(),
                revisions.stream().map(TargetProgressService::revision).toList(),
                new TargetProgressView.Current(current.revision, current.value, current.lowEnd(), current.highEnd()),
                Counts.of(delivered), atLeast, through == null ? null : through.toString(),
                toDate == null ? List.of() : toDate.monthsKnown().stream().map(YearMonth::toString).toList(),
                toDate == null ? List.of() : toDate.missing(), complete,
                toDate == null ? null : toDate.provenance().status(), progress == null ? null : progress.rounded(Rate.SCALE), rateNeeded(delivered, target, through),
                reachedIn(index, brand.slug, whole.start(), known, current.lowEnd()),
                reachedIn(index, brand.slug, whole.start(), known, current.highEnd()), stated);
    }

    private static TargetProgressView.Revision revision(Target t) {
        return new TargetProgressView.Revision(t.revision, t.announced, t.value, t.lowEnd(), t.highEnd(), t.publisher,
                t.statedProgress, t.notes, t.published, t.publishedOn, Numbers.lower(t.attribution),
                t.attributionNote, t.source);
    }

    private static String describe(Target t) {
        return t.value != null ? String.format(Locale.ROOT, "%,d", t.value) : String.format(Locale.ROOT, "%,d-%,d", t.low, t.high);
    }

    /**
     * Deliveries needed per remaining month of the year to reach the target, on the bounds and in whole vehicles
     * (rounded up): zero once reached; unknown when months to date are missing (a missing month is not zero) or
     * no month is left.
     */
    private static Estimate rateNeeded(Estimate delivered, Estimate target, YearMonth through) {
        if (delivered == null) {
            return null;
        }
        int left = 12 - through.getMonthValue();
        Estimate remaining = target.minus(delivered).nonNegative();
        if (remaining.high() != null && remaining.high().signum() == 0) {
            return Estimate.exact(0);
        }
        if (left == 0) {
            return null;
        }
        Estimate perMonth = remaining.dividedBy(Estimate.exact(left));
        return new Estimate(up(perMonth.value()), up(perMonth.low()), up(perMonth.high()));
    }

    private static BigDecimal up(BigDecimal d) {
        return d == null ? null : d.setScale(0, RoundingMode.CEILING);
    }

    /**
     * The month the cumulative deliveries from January certainly reached the target (their low bound at or above
     * it), or null; only while no month since January is missing, since a missing month could have reached it
     * earlier.
     */
    private static String reachedIn(DeliveryIndex index, String brand, YearMonth january, List<YearMonth> known,
            long target) {
        BigDecimal sum = BigDecimal.ZERO;
        YearMonth expected = january;
        for (YearMonth m : known) {
            if (!m.equals(expected)) {
                return null;
            }
            BigDecimal low = index.month(brand, m, null).estimate().low();
            if (low == null) {
                return null;
            }
            sum = sum.add(low);
            if (sum.compareTo(BigDecimal.valueOf(target)) >= 0) {
                return m.toString();
            }
            expected = m.plusMonths(1);
        }
        return null;
    }
}
