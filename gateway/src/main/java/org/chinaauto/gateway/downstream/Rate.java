package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A share or growth rate in percent as the data services give it: the one the publisher reported and the one
 * computed from stored figures, each with its bounds, and the judgement of the one against the other.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rate(Reported reported, Computed computed, String judgement, BigDecimal outsideByPoints,
        Boolean flagged) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(BigDecimal pct, BigDecimal low, BigDecimal high, String qualifier, String statedAs,
            String definition, Long figureId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Computed(BigDecimal pct, BigDecimal low, BigDecimal high, String formula, Estimate numerator,
            Estimate denominator, String basePeriod, String definition) {
    }
}
