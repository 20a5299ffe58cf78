package org.chinaauto.common.view;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.chinaauto.common.period.Period;

/**
 * A share or growth rate in percent: the one a publisher reported and the one computed from stored figures,
 * with their difference in percentage points, flagged when it is large.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rate(Reported reported, Computed computed, BigDecimal differencePoints, Boolean flagged) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(BigDecimal pct, String qualifier, String statedAs, String definition, Long figureId) {
    }

    /**
     * A computed rate: {@code numerator / denominator} (share) or {@code value / base - 1} (growth). A growth
     * names its base period, a share of figures of one definition names the definition; null ones are not shown.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Computed(BigDecimal pct, String formula, boolean approximate, BigDecimal numerator,
            BigDecimal denominator, Period basePeriod, String definition) {
    }
}
