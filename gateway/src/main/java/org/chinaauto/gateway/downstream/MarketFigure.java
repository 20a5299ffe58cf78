package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A market-service figure version: value with its bounds (null when unbounded), publisher, definition, provenance. */
public record MarketFigure(Long id, String measure, String segment, String period, String publisher, BigDecimal value,
        BigDecimal low, BigDecimal high, String unit, String qualifier, BigDecimal precision, String statedAs,
        BigDecimal reportedYoyPct, String reportedYoyQualifier, String definition, String attribution,
        String attributionNote, String published, LocalDate publishedOn, String source, String notes,
        Instant loadedAt, Instant supersededAt) {
}
