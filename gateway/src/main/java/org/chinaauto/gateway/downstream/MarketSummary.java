package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.view.Rate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** market-service's summary of a period: per publisher, production, sales, NEV production and sales, NEV share. */
public record MarketSummary(String period, Instant asOf, LocalDate vintage, List<PublisherSummary> publishers, int page,
        int size, boolean hasMore) {

    public record PublisherSummary(String publisher, Amount production, Amount sales, Amount nevProduction,
            Amount nevSales, Rate nevShare) {
    }

    /** A value with its bounds (always shown, null meaning unbounded), published or derived. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amount(BigDecimal value, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal low,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal high, String unit, String qualifier,
            BigDecimal precision, String statedAs, boolean derived, String derivation, List<SourceFigure> sources,
            Rate yoy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceFigure(Long figureId, String measure, String segment, String period, BigDecimal value,
            BigDecimal low, BigDecimal high, String qualifier, String statedAs, String definition, String attribution,
            String attributionNote, String published, String source) {
    }
}
