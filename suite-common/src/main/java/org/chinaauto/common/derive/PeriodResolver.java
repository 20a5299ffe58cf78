package org.chinaauto.common.derive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

/**
 * Finds the value of one series (one publisher, one definition, one breakdown) for any period from the figures
 * published for it: the figure for exactly that period, else a difference of two cumulative spans that share a
 * start, else a sum of consecutive figures covering it, with bounds computed on the bounds of its inputs. Never
 * mixes series: give it the figures of one.
 */
public final class PeriodResolver<F extends Observation> {

    private final Map<Period, F> byPeriod = new HashMap<>();
    private final Map<YearMonth, List<F>> byEnd = new HashMap<>();
    private final Map<YearMonth, List<F>> byStart = new HashMap<>();

    public PeriodResolver(List<F> figuresOfOneSeries) {
        for (F f : figuresOfOneSeries) {
            if (f.observed() == null) {
                continue;
            }
            Period p = f.observedPeriod();
            byPeriod.put(p, f);
            byEnd.computeIfAbsent(p.end(), k -> new ArrayList<>()).add(f);
            byStart.computeIfAbsent(p.start(), k -> new ArrayList<>()).add(f);
        }
    }

    /** The value for the period, or null when it can be neither found nor derived. */
    public Resolved<F> resolve(Period period) {
        F exact = byPeriod.get(period);
        if (exact != null) {
            return new Resolved<>(period, exact.observed(), Resolved.Derivation.PUBLISHED, List.of(exact));
        }
        return derive(period);
    }

    /**
     * The value for the period derived from the series' other figures (a difference of two spans, else a sum of
     * consecutive figures), whether or not one was published for exactly the period; null when it cannot be derived.
     * Beside a published figure, this is what the publisher's other figures say of the same period.
     */
    public Resolved<F> derive(Period period) {
        Resolved<F> difference = difference(period);
        return difference != null ? difference : sum(period);
    }

    private Resolved<F> difference(Period period) {
        YearMonth before = period.start().minusMonths(1);
        for (F longer : byEnd.getOrDefault(period.end(), List.of())) {
            YearMonth start = longer.observedPeriod().start();
            if (!start.isBefore(period.start())) {
                continue;
            }
            F shorter = byPeriod.get(new Period(start, before));
            if (shorter != null && longer.observed().value().compareTo(shorter.observed().value()) >= 0) {
                // a count: the later span cannot be smaller than the earlier one, whatever the bounds allow
                return new Resolved<>(period, longer.observed().minus(shorter.observed()).nonNegative(),
                        Resolved.Derivation.DIFFERENCE, List.of(longer, shorter));
            }
        }
        return null;
    }

    private Resolved<F> sum(Period period) {
        List<F> parts = cover(period.start(), period.end(), period, new HashMap<>());
        if (parts == null || parts.size() < 2) {
            return null;
        }
        return new Resolved<>(period, Estimate.sum(parts.stream().map(Observation::observed).toList()),
                Resolved.Derivation.SUM, parts);
    }

    /**
     * Consecutive figures from {@code start} exactly up to {@code end}, never the one for exactly {@code period}, or
     * null; memoised per start month.
     */
    private List<F> cover(YearMonth start, YearMonth end, Period period, Map<YearMonth, List<F>> memo) {
        if (memo.containsKey(start)) {
            return memo.get(start);
        }
        List<F> found = null;
        for (F f : byStart.getOrDefault(start, List.of())) {
            if (f.observedPeriod().equals(period)) {
                continue;
            }
            YearMonth fEnd = f.observedPeriod().end();
            if (fEnd.equals(end)) {
                found = List.of(f);
                break;
            }
            if (fEnd.isBefore(end)) {
                List<F> rest = cover(fEnd.plusMonths(1), end, period, memo);
                if (rest != null) {
                    found = new ArrayList<>();
                    found.add(f);
                    found.addAll(rest);
                    break;
                }
            }
        }
        memo.put(start, found);
        return found;
    }
}
