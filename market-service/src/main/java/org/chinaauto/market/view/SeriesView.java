package org.chinaauto.market.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One measure and segment of one publisher over a range of months, transformed as {@code units} says. */
public record SeriesView(String measure, String segment, String publisher, String units, String unitsDescription,
        YearMonth from, YearMonth to, Instant asOf, LocalDate vintage, List<Point> points) {

    /**
     * A month's value with its bounds (null when unbounded on that side); all three null when the month is neither
     * published nor derivable. {@code derived} when it is not a published figure as such.
     */
    @JsonPropertyOrder({ "period", "value", "low", "high", "derived" })
    public record Point(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived) {
    }
}
