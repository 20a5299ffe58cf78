package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chinaauto.common.period.Period;

/**
 * Destinations of one publisher's exports for a period, under one definition: ranked by value, then (for entries
 * published as a rank only) by the stated rank; shares of the world total of the same definition when both
 * values exist. {@code not_attributed} is the part of the world total that no country value accounts for (null
 * unless both the total and some country values are known).
 */
public record DestinationsView(Period period, String publisher, String powertrain, String definition, Instant asOf,
        Amount worldTotal, List<Entry> entries, Long notAttributed, BigDecimal notAttributedPct) {

    /**
     * @param rank the position in this ranking
     * @param statedRank the rank the publisher stated, if any
     * @param kind country or region (regions overlap countries and are not added to them)
     */
    public record Entry(int rank, String destination, String destinationName, String kind, Long value,
            BigDecimal sharePct, String qualifier, Long precision, String statedAs, Integer statedRank, Long figureId) {
    }
}
