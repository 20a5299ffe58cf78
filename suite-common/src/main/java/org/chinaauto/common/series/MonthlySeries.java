package org.chinaauto.common.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * Applies {@link SeriesUnits} to monthly levels. Levels and year-to-date values come from the caller, so
 * that a published cumulative figure (Jan-Nov) counts as the year-to-date value even when the single
 * months are unknown.
 */
public final class MonthlySeries {

    private final Function<YearMonth, BigDecimal> level;
    private final Function<YearMonth, BigDecimal> yearToDate;

    public MonthlySeries(Function<YearMonth, BigDecimal> level, Function<YearMonth, BigDecimal> yearToDate) {
        this.level = level;
        this.yearToDate = yearToDate;
    }

    /** The months before {@code from} that a transformation needs to look at. */
    public static YearMonth lookbackStart(SeriesUnits units, YearMonth from) {
        return switch (units) {
            case LIN -> from;
            case CHG, PCH -> from.minusMonths(1);
            case CH1, PC1 -> from.minusMonths(12);
            case YTD -> YearMonth.of(from.getYear(), 1);
        };
    }

    /** The transformed value for a month, or null when an input is unknown. */
    public BigDecimal value(SeriesUnits units, YearMonth month) {
        return switch (units) {
            case LIN -> level.apply(month);
            case CHG -> difference(level.apply(month), level.apply(month.minusMonths(1)));
            case CH1 -> difference(level.apply(month), level.apply(month.minusMonths(12)));
            case PCH -> percentChange(level.apply(month), level.apply(month.minusMonths(1)));
            case PC1 -> percentChange(level.apply(month), level.apply(month.minusMonths(12)));
            case YTD -> yearToDate.apply(month);
        };
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    /** Percent change, rounded to two decimals; unknown when the base is zero. */
    public static BigDecimal percentChange(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}, rounded to two decimals. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
