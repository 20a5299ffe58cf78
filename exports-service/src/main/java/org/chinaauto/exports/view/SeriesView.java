package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Exports of one powertrain, destination, publisher and definition over a range of months, as {@code units} says. */
public record SeriesView(String powertrain, String destination, String destinationName, String publisher,
        String definition, String units, String unitsDescription, YearMonth from, YearMonth to, Instant asOf,
        LocalDate vintage, List<Point> points) {

    /** A month's value with its bounds; all null when it is neither published nor derivable. */
    @JsonPropertyOrder({ "period", "value", "low", "high", "derived" })
    public record Point(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived) {
    }
}
