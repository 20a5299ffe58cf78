package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A market-service figure as the timeline and the reconciliation read it: value with bounds, provenance. */
public record MarketFigure(String measure, String segment, String period, String publisher, BigDecimal value,
        BigDecimal low, BigDecimal high, String unit, String qualifier, BigDecimal precision, String statedAs,
        String definition, String attribution, String attributionNote, String published, LocalDate publishedOn,
        String source) {
}
