package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An exports-service figure version: exports of a powertrain to a destination, with bounds and provenance. */
public record ExportFigure(Long id, String powertrain, String destination, String destinationName, String period,
        String publisher, Long value, Long low, Long high, String unit, String qualifier, Long precision,
        String statedAs, Integer rank, BigDecimal reportedYoyPct, String reportedYoyQualifier, String statedGrowth,
        String statedGrowthFrom, String definition, String definitionNote, String attribution,
        String attributionNote, String published, LocalDate publishedOn, String source, String notes,
        Instant loadedAt, Instant supersededAt) {
}
