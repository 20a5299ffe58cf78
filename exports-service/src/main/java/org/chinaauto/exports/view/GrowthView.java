package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Rate;

/**
 * Growth of one series between two periods of the same length, on the bounds of both values: the multiple (to /
 * from) and the compound annual growth rate over the years between their starts. When the periods are a year apart,
 * {@code yoy} judges the growth the publisher stated for {@code to} against the computed one. A growth the report
 * describes in words ("nearly fivefold") is shown as reported, beside the computed multiple, never replacing it.
 */
public record GrowthView(String publisher, String powertrain, String destination, String destinationName,
        String definition, Instant asOf, LocalDate vintage, Amount from, Amount to, BigDecimal years,
        Estimate multiple, Estimate cagrPct, Rate yoy, StatedGrowth statedGrowth, String formula) {

    /** A growth as the report states it in words, from {@code from} to the figure {@code figure_id}. */
    public record StatedGrowth(String statedAs, Period from, Long figureId) {
    }
}
