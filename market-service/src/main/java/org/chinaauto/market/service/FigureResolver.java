package org.chinaauto.market.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.common.period.Period;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.Qualifier;

/**
 * Finds the value of one measure, segment and publisher for any period from the figures published for it:
 * the figure for exactly that period, else a difference of two cumulative spans that share a start, else a
 * sum of consecutive figures covering it. Never mixes publishers: give it the figures of one.
 */
public final class FigureResolver {

    private final Map<Period, Figure> byPeriod = new HashMap<>();
    private final Map<YearMonth, List<Figure>> byEnd = new HashMap<>();
    private final Map<YearMonth, List<Figure>> byStart = new HashMap<>();

    public FigureResolver(List<Figure> figuresOfOnePublisher) {
        for (Figure f : figuresOfOnePublisher) {
            Period p = f.period();
            byPeriod.put(p, f);
            byEnd.computeIfAbsent(p.end(), k -> new ArrayList<>()).add(f);
            byStart.computeIfAbsent(p.start(), k -> new ArrayList<>()).add(f);
        }
    }

    /** The value for the period, or null when it can be neither found nor derived. */
    public Resolved resolve(Period period) {
        Figure exact = byPeriod.get(period);
        if (exact != null) {
            return new Resolved(period, exact.value, exact.qualifier, exact.precision, Resolved.Derivation.PUBLISHED,
                    List.of(exact));
        }
        Resolved difference = difference(period);
        return difference != null ? difference : sum(period);
    }

    private Resolved difference(Period period) {
        YearMonth before = period.start().minusMonths(1);
        for (Figure longer : byEnd.getOrDefault(period.end(), List.of())) {
            YearMonth start = longer.period().start();
            if (!start.isBefore(period.start())) {
                continue;
            }
            Figure shorter = byPeriod.get(new Period(start, before));
            if (shorter != null && longer.value.compareTo(shorter.value) >= 0) {
                return combine(period, longer.value.subtract(shorter.value), Resolved.Derivation.DIFFERENCE,
                        List.of(longer, shorter));
            }
        }
        return null;
    }

    private Resolved sum(Period period) {
        List<Figure> parts = cover(period.start(), period.end(), new HashMap<>());
        if (parts == null || parts.size() < 2) {
            return null;
        }
        BigDecimal total = parts.stream().map(f -> f.value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return combine(period, total, Resolved.Derivation.SUM, parts);
    }

    /** Consecutive figures from {@code start} exactly up to {@code end}, or null; memoised per start month. */
    private List<Figure> cover(YearMonth start, YearMonth end, Map<YearMonth, List<Figure>> memo) {
        if (memo.containsKey(start)) {
            return memo.get(start);
        }
        List<Figure> found = null;
        for (Figure f : byStart.getOrDefault(start, List.of())) {
            YearMonth fEnd = f.period().end();
            if (fEnd.equals(end)) {
                found = List.of(f);
                break;
            }
            if (fEnd.isBefore(end)) {
                List<Figure> rest = cover(fEnd.plusMonths(1), end, memo);
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

    /** A derived value is approximate when any input is, and its precision is the sum of theirs. */
    private static Resolved combine(Period period, BigDecimal value, Resolved.Derivation how, List<Figure> inputs) {
        boolean approximate = inputs.stream().anyMatch(f -> f.qualifier != null);
        BigDecimal precision = inputs.stream().anyMatch(f -> f.precision != null)
                ? inputs.stream().map(f -> f.precision == null ? BigDecimal.ZERO : f.precision)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        return new Resolved(period, value, approximate ? Qualifier.APPROXIMATELY : null, precision, how, inputs);
    }
}
