package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;

/** exports-service's figures of every publisher for one period, powertrain and destination, and their gaps. */
public record ExportsReconciliation(String period, String powertrain, String destination, String destinationName,
        Instant asOf, LocalDate vintage, List<Entry> figures, List<Gap> gaps) {

    public record Entry(String publisher, String definition, String definitionNote, Long value, Long low, Long high,
            String qualifier, Long precision, String statedAs, BigDecimal reportedYoyPct, String attribution,
            String attributionNote, String published, LocalDate publishedOn, String source, Long figureId) {
    }

    public record Gap(String publisherA, String definitionA, String publisherB, String definitionB,
            boolean sameDefinition, Estimate gap, Estimate gapPct) {
    }
}
