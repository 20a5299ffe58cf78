package org.chinaauto.market.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One measure and segment of one publisher over a range of months, transformed as {@code units} says. */
public record SeriesView(String measure, String segment, String publisher, String units, String unitsDescription,
        YearMonth from, YearMonth to, Instant asOf, List<Point> points) {

    /** A month's value; null when it is neither published nor derivable. */
    @JsonPropertyOrder({ "period", "value", "derived", "approximate" })
    public record Point(String period, BigDecimal value, boolean derived, boolean approximate) {
    }
}
