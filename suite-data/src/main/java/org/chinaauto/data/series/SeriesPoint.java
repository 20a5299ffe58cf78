package org.chinaauto.data.series;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.view.Numbers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A month of a series: its value with its bounds (null when unbounded on that side; all three null when the month is
 * neither published nor derivable), {@code derived} when it is not a published figure as such, and {@code status},
 * the least settled of the figures it rests on (estimate, preliminary or final; null without a value).
 */
@JsonPropertyOrder({ "period", "value", "low", "high", "derived", "status" })
public record SeriesPoint(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived,
        String status) {

    /** The point of {@code month} in {@code units}, from the series and the resolved periods it rests on. */
    public static SeriesPoint of(YearMonth month, SeriesUnits units, MonthlySeries series,
            Function<Period, ? extends Resolved<?>> resolve, int scale) {
        Estimate value = series.value(units, month);
        if (value == null) {
            return new SeriesPoint(month.toString(), null, null, null, false, null);
        }
        List<Resolved<?>> inputs = MonthlySeries.inputs(units, month).stream().<Resolved<?>> map(resolve)
                .filter(Objects::nonNull).toList();
        boolean derived = units != SeriesUnits.LIN && units != SeriesUnits.YTD
                || inputs.stream().anyMatch(Resolved::derived);
        Estimate shown = value.rounded(scale);
        return new SeriesPoint(month.toString(), shown.value(), shown.low(), shown.high(), derived,
                Numbers.lower(FigureStatus.leastSettled(inputs.stream().map(Resolved::status).toList())));
    }
}
