package org.chinaauto.data.series;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Numbers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A month of a series: its value with its bounds (null when unbounded on that side; all three null when the month is
 * neither published nor derivable), {@code derived} when it is not a published figure as such, and {@code status},
 * the least settled of the figures it rests on (estimate, preliminary or final; null without a value). A level or
 * year-to-date value that was published and that the series' other figures also give carries that
 * {@code derived_range}, judged against it (periods as its sources).
 */
@JsonPropertyOrder({ "period", "value", "low", "high", "derived", "status", "derived_range" })
public record SeriesPoint(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived,
        String status, @JsonInclude(JsonInclude.Include.NON_NULL) LevelCheck<String> derivedRange) {

    /** The point of {@code month} in {@code units}, from the periods of its series. */
    public static SeriesPoint of(YearMonth month, SeriesUnits units, SeriesResolver<?> resolver, int scale) {
        Estimate value = resolver.monthly().value(units, month);
        if (value == null) {
            return new SeriesPoint(month.toString(), null, null, null, false, null, null);
        }
        List<Resolved<?>> inputs = MonthlySeries.inputs(units, month).stream().<Resolved<?>> map(resolver::resolve)
                .filter(Objects::nonNull).toList();
        boolean level = units == SeriesUnits.LIN || units == SeriesUnits.YTD;
        boolean derived = !level || inputs.stream().anyMatch(Resolved::derived);
        Estimate shown = value.rounded(scale);
        return new SeriesPoint(month.toString(), shown.value(), shown.low(), shown.high(), derived,
                Numbers.lower(FigureStatus.leastSettled(inputs.stream().map(Resolved::status).toList())),
                level && !derived ? judged(inputs.get(0), resolver.derive(inputs.get(0).period()), scale) : null);
    }

    private static LevelCheck<String> judged(Resolved<?> stated, Resolved<?> derived, int scale) {
        return derived == null ? null
                : LevelCheck.of(stated.estimate(), derived.estimate(), Numbers.lower(derived.derivation()),
                        derived.from().stream().map(o -> o.observedPeriod().toString()).toList(), scale);
    }

    /** The point as a CSV line: the derived range's bounds and judgement as columns of their own. */
    public Line line() {
        LevelCheck<String> d = derivedRange;
        return new Line(period, value, low, high, derived, status, d == null ? null : d.low(),
                d == null ? null : d.high(), d == null ? null : String.join("; ", d.sources()),
                d == null ? null : d.judgement().name(), d == null ? null : d.outsideBy(),
                d == null ? null : d.outsideByPct());
    }

    /** A point as a CSV line. */
    @JsonPropertyOrder({ "period", "value", "low", "high", "derived", "status", "derived_low", "derived_high",
            "derived_from", "judgement", "outside_by", "outside_by_pct" })
    public record Line(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived,
            String status, BigDecimal derivedLow, BigDecimal derivedHigh, String derivedFrom, String judgement,
            BigDecimal outsideBy, BigDecimal outsideByPct) {
    }
}
