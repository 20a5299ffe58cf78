package org.chinaauto.exports.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

/**
 * Destinations of one publisher's exports for a period, under one definition. Entries with a value are ranked by
 * it, entries with only a stated rank follow in that order, and destinations the publisher named without a value or
 * a rank ({@code listed}) come last, in name order, without a rank: then {@code ranked} is false, since the order
 * means nothing. Shares of the world total of the same definition are computed on the bounds when both values
 * exist; {@code not_attributed} is the part of the world total that no country value accounts for (null unless
 * both the total and some country values are known).
 */
public record DestinationsView(Period period, String publisher, String powertrain, String definition, Instant asOf,
        LocalDate vintage, Amount worldTotal, boolean ranked, List<Entry> entries, Estimate notAttributed,
        Estimate notAttributedPct) {

    /**
     * @param rank the position in this ranking; null for a listed destination
     * @param kind country or region (regions overlap countries and are not added to them)
     * @param listed named by the publisher without a value or a rank
     * @param statedRank the rank the publisher stated, if any
     * @param status how settled the figure is: estimate, preliminary or final
     */
    public record Entry(Integer rank, String destination, String destinationName, String kind, boolean listed,
            Long value, Long low, Long high, Estimate sharePct, String qualifier, Long precision, String statedAs,
            Integer statedRank, String status, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, Long reportId, String quote, Long figureId) {
    }
}
