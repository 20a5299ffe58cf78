package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chinaauto.common.period.Period;

/**
 * Every publisher's figure for one period, powertrain and destination side by side, each with its definition,
 * and the gap between every two of them (b - a, in vehicles and in percent of a). Nothing is merged.
 */
public record ReconciliationView(Period period, String powertrain, String destination, String destinationName,
        Instant asOf, List<Entry> figures, List<Gap> gaps) {

    public record Entry(String publisher, String definition, String definitionNote, Long value, String qualifier,
            Long precision, String statedAs, BigDecimal reportedYoyPct, String published, String source, Long figureId) {
    }

    public record Gap(String publisherA, String definitionA, String publisherB, String definitionB, Long difference,
            BigDecimal differencePct, boolean approximate) {
    }
}
