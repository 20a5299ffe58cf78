package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.chinaauto.common.period.Period;

/**
 * The NEV share of one publisher's exports for a period. Computed only from NEV and all-powertrain exports of the
 * same publisher and the same definition; when the two are published under different definitions both are shown,
 * {@code same_definition} is false and nothing is computed.
 */
public record NevShareView(Period period, String publisher, String destination, String destinationName, Instant asOf,
        Amount nevExports, Amount allExports, Boolean sameDefinition, Rate share, String note) {

    /** A share in percent as reported and as computed, with their difference in points, flagged when large. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rate(Reported reported, Computed computed, BigDecimal differencePoints, Boolean flagged) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(BigDecimal pct, String qualifier, String statedAs, String definition, Long figureId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Computed(BigDecimal pct, String formula, boolean approximate, BigDecimal numerator,
            BigDecimal denominator, String definition) {
    }
}
