package org.chinaauto.data.series;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.series.SeriesUnits;

/**
 * Applies {@link SeriesUnits} to monthly levels, on their bounds. Levels and year-to-date values come from the
 * caller, so that a published cumulative figure (Jan-Nov) counts as the year-to-date value even when the single
 * months are unknown.
 */
public final class MonthlySeries {

    private final Function<YearMonth, Estimate> level;
    private final Function<YearMonth, Estimate> yearToDate;

    public MonthlySeries(Function<YearMonth, Estimate> level, Function<YearMonth, Estimate> yearToDate) {
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

    /**
     * The periods whose figures the value of {@code month} rests on: the month and the one it is compared with, or
     * the year to date.
     */
    public static List<Period> inputs(SeriesUnits units, YearMonth month) {
        return switch (units) {
            case LIN -> List.of(Period.month(month));
            case CHG, PCH -> List.of(Period.month(month), Period.month(month.minusMonths(1)));
            case CH1, PC1 -> List.of(Period.month(month), Period.month(month.minusMonths(12)));
            case YTD -> List.of(Period.yearToDate(month));
        };
    }

    /** The transformed value for a month with its bounds, or null when an input is unknown. */
    public Estimate value(SeriesUnits units, YearMonth month) {
        return switch (units) {
            case LIN -> level.apply(month);
            case CHG -> difference(level.apply(month), level.apply(month.minusMonths(1)));
            case CH1 -> difference(level.apply(month), level.apply(month.minusMonths(12)));
            case PCH -> percentChange(level.apply(month), level.apply(month.minusMonths(1)));
            case PC1 -> percentChange(level.apply(month), level.apply(month.minusMonths(12)));
            case YTD -> yearToDate.apply(month);
        };
    }

    /** The decimals a unit is shown with: two for percent changes, none for counts. */
    public static int scale(SeriesUnits units) {
        return units == SeriesUnits.PCH || units == SeriesUnits.PC1 ? 2 : 0;
    }

    private static Estimate difference(Estimate now, Estimate before) {
        return now == null || before == null ? null : now.minus(before);
    }

    private static Estimate percentChange(Estimate now, Estimate before) {
        return now == null || before == null ? null : now.percentChangeFrom(before);
    }
}
