package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.LevelCheck;

/**
 * Every publisher's figure for one period, powertrain and destination side by side, each with its definition and
 * bounds, and the gap between every two of them (b - a, in vehicles and in percent of a, on the bounds). Nothing is
 * merged: figures of different definitions stay apart, and {@code same_definition} says whether a gap compares
 * like with like. A figure that its publisher's other figures of its definition also give (a month from two
 * year-to-date spans, a year from its halves) is judged against that {@code derived_range}, flagged when outside.
 */
public record ReconciliationView(Period period, String powertrain, String destination, String destinationName,
        Instant asOf, LocalDate vintage, List<Entry> figures, List<Gap> gaps) {

    public record Entry(String publisher, String definition, String definitionNote, Long value, Long low, Long high,
            String qualifier, Long precision, String statedAs, String status, BigDecimal reportedYoyPct,
            String attribution, String attributionNote, String published, LocalDate publishedOn, String source,
            Long reportId, String quote, Long figureId, LevelCheck<Long> derivedRange) {
    }

    /**
     * @param gap b - a in vehicles
     * @param gapPct (b / a - 1) x 100; null when a may be zero
     */
    public record Gap(String publisherA, String definitionA, String publisherB, String definitionB,
            boolean sameDefinition, Estimate gap, Estimate gapPct) {
    }
}
