package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One measure and segment of one publisher over a range of months, from market-service. */
public record MarketSeries(String measure, String segment, String publisher, String units, String unitsDescription,
        String from, String to, Instant asOf, LocalDate vintage, List<Point> points) {

    /** A month's value with its bounds; all three null when the month is neither published nor derivable. */
    @JsonPropertyOrder({ "period", "value", "low", "high", "derived" })
    public record Point(String period, BigDecimal value, BigDecimal low, BigDecimal high, boolean derived) {
    }
}
