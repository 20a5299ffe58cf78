package org.chinaauto.deliveries.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.view.Counts;
import org.chinaauto.deliveries.view.Provenance;

/**
 * Finds the deliveries of a subject for a period among loaded figures: the figure published for exactly
 * that period, else the sum of the single months that are known, with the months that are missing (never
 * counted as zero). When several publishers have a figure for the same subject and period, the preferred
 * publisher wins, else the most recently published (then loaded) one.
 */
public final class DeliveryIndex {

    /** Latest published first (null last), then latest loaded, then publisher name. */
    static final Comparator<Delivery> CHOICE = Comparator
            .comparing((Delivery d) -> d.publishedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .reversed()
            .thenComparing(d -> d.loadedAt, Comparator.reverseOrder())
            .thenComparing(d -> d.publisher);

    private final Map<String, Map<Period, List<Delivery>>> bySubject = new HashMap<>();

    public DeliveryIndex(List<Delivery> figures) {
        for (Delivery d : figures) {
            bySubject.computeIfAbsent(d.subject, k -> new HashMap<>()).computeIfAbsent(d.period(), k -> new ArrayList<>())
                    .add(d);
        }
    }

    /** The chosen figure of the subject for exactly this period, or null. */
    public Delivery exact(String subject, Period period, String preferredPublisher) {
        List<Delivery> candidates = bySubject.getOrDefault(subject, Map.of()).get(period);
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (preferredPublisher != null) {
            for (Delivery d : candidates) {
                if (d.publisher.equals(preferredPublisher)) {
                    return d;
                }
            }
        }
        return candidates.stream().min(CHOICE).orElseThrow();
    }

    public Delivery month(String subject, YearMonth month, String preferredPublisher) {
        return exact(subject, Period.month(month), preferredPublisher);
    }

    /** The single months of the subject that have a figure, in order. */
    public List<YearMonth> knownMonths(String subject) {
        return bySubject.getOrDefault(subject, Map.of()).keySet().stream().filter(Period::isSingleMonth)
                .map(Period::start).sorted().toList();
    }

    /** The subject's deliveries over the period, counting every month of it. */
    public Amount amount(String subject, Period period, String preferredPublisher) {
        return amount(subject, period, preferredPublisher, null);
    }

    /**
     * The subject's deliveries over the months of the period that {@code counted} accepts (all when null):
     * a figure for exactly the period when every month counts, else the sum of the known single months.
     */
    public Amount amount(String subject, Period period, String preferredPublisher, Predicate<YearMonth> counted) {
        if (counted == null || period.months().stream().allMatch(counted)) {
            Delivery exact = exact(subject, period, preferredPublisher);
            if (exact != null) {
                return new Amount(period.months(), List.of(), List.of(exact));
            }
        }
        List<YearMonth> known = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        List<Delivery> used = new ArrayList<>();
        for (YearMonth m : period.months()) {
            if (counted != null && !counted.test(m)) {
                continue;
            }
            Delivery d = month(subject, m, preferredPublisher);
            if (d == null) {
                missing.add(m);
            } else {
                known.add(m);
                used.add(d);
            }
        }
        return new Amount(known, missing, used);
    }

    /**
     * A subject's deliveries published for exactly the period, judged against the same period derived from the
     * same publisher's other figures of the subject; null when the amount is not one published figure for the period
     * or nothing else gives the period.
     */
    public LevelCheck<Long> derivedRange(Amount amount, Period period) {
        if (amount.figures().size() != 1 || !amount.figures().get(0).period().equals(period)) {
            return null;
        }
        return derivedRange(amount.figures().get(0));
    }

    /**
     * A published figure judged against its period derived from the same publisher's other figures of the subject (a
     * month from two year-to-date spans, a quarter from its months, ...); null when nothing else gives the period.
     */
    public LevelCheck<Long> derivedRange(Delivery stated) {
        List<Delivery> series = bySubject.getOrDefault(stated.subject, Map.of()).values().stream()
                .flatMap(List::stream).filter(d -> d.publisher.equals(stated.publisher)).toList();
        Resolved<Delivery> derived = new PeriodResolver<>(series).derive(stated.period());
        return derived == null ? null
                : LevelCheck.of(stated.estimate(), Counts.of(derived.estimate()), Numbers.lower(derived.derivation()),
                        derived.from().stream().map(d -> d.id).toList(), 0);
    }

    /**
     * Deliveries over a period, from the figures found: {@code complete} when no counted month is missing. With
     * months missing, the deliveries over the whole period are at least the sum of the figures found.
     */
    public record Amount(List<YearMonth> monthsKnown, List<YearMonth> monthsMissing, List<Delivery> figures) {

        /** True when at least one figure was found. */
        public boolean found() {
            return !figures.isEmpty();
        }

        public boolean complete() {
            return found() && monthsMissing.isEmpty();
        }

        /** The sum of the figures found with its bounds, or null when none was found. */
        public Estimate estimate() {
            return figures.isEmpty() ? null : Estimate.sum(figures.stream().map(Delivery::estimate).toList());
        }

        /** {@link #estimate} in whole vehicles, as the views show it. */
        public Estimate count() {
            return Counts.of(estimate());
        }

        public Provenance provenance() {
            return Provenance.of(figures);
        }

        public List<String> missing() {
            return monthsMissing.stream().map(YearMonth::toString).toList();
        }
    }
}
