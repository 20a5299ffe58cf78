package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Growth of one series between two periods of the same length: the multiple (to / from) and the compound annual
 * growth rate over the years between their starts. Approximate when either value is.
 */
public record GrowthView(String publisher, String powertrain, String destination, String destinationName,
        String definition, Amount from, Amount to, BigDecimal years, BigDecimal multiple, BigDecimal cagrPct,
        boolean approximate, String formula, Instant asOf) {
}
