package org.chinaauto.common.view;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A share or growth rate in percent: the one a publisher reported and the one computed from stored figures, each
 * with its bounds. When both exist, the reported rate is judged against the computed range: {@code inside}, or
 * {@code outside} and flagged, with the distance to the nearest computed bound in percentage points.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rate(Reported reported, Computed computed, Judgement judgement, BigDecimal outsideByPoints,
        Boolean flagged) {

    /** Percentages are shown to two decimals. */
    public static final int SCALE = 2;

    public enum Judgement {
        inside, outside
    }

    /** Both sides, judged when both exist; null when neither does. */
    public static Rate of(Reported reported, Computed computed) {
        if (reported == null && computed == null) {
            return null;
        }
        if (reported == null || computed == null) {
            return new Rate(reported, computed, null, null, null);
        }
        Estimate r = reported.estimate();
        Estimate c = computed.estimate();
        Judgement judgement = judge(r, c);
        return new Rate(reported, computed, judgement, Numbers.strip(r.distanceFrom(c)), judgement == Judgement.outside);
    }

    /** A reported rate against the computed range: inside when their bounds overlap. */
    public static Judgement judge(Estimate reported, Estimate computed) {
        return reported.overlaps(computed) ? Judgement.inside : Judgement.outside;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(BigDecimal pct, BigDecimal low, BigDecimal high, String qualifier, String statedAs,
            String definition, Long figureId) {

        public static Reported of(Estimate pct, String qualifier, String statedAs, String definition, Long figureId) {
            return new Reported(Numbers.strip(pct.value()), Numbers.strip(pct.low()), Numbers.strip(pct.high()),
                    qualifier, statedAs, definition, figureId);
        }

        Estimate estimate() {
            return new Estimate(pct, low, high);
        }
    }

    /**
     * A computed rate: {@code numerator / denominator} (share) or {@code value / base - 1} (growth), on the bounds of
     * its inputs. A growth names its base period, a share of figures of one definition names the definition; null
     * ones are not shown.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Computed(BigDecimal pct, BigDecimal low, BigDecimal high, String formula, Estimate numerator,
            Estimate denominator, Period basePeriod, String definition) {

        /** Null when the rate cannot be computed (a denominator that may be zero). */
        public static Computed of(Estimate pct, String formula, Estimate numerator, Estimate denominator,
                Period basePeriod, String definition) {
            if (pct == null) {
                return null;
            }
            Estimate p = pct.rounded(SCALE);
            return new Computed(p.value(), p.low(), p.high(), formula, numerator.rounded(SCALE),
                    denominator.rounded(SCALE), basePeriod, definition);
        }

        Estimate estimate() {
            return new Estimate(pct, low, high);
        }
    }
}
