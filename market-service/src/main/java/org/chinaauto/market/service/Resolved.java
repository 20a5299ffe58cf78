package org.chinaauto.market.service;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.period.Period;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.Qualifier;

/**
 * A value for a period: either a published figure, or one derived from published figures (a difference
 * of two cumulative spans, or a sum of consecutive periods), which says so and names its inputs.
 */
public record Resolved(Period period, BigDecimal value, Qualifier qualifier, BigDecimal precision, Derivation derivation,
        List<Figure> from) {

    public enum Derivation {
        /** Published for exactly this period. */
        PUBLISHED,
        /** A later cumulative span minus an earlier one with the same start (Jan-Nov minus Jan-Oct). */
        DIFFERENCE,
        /** The sum of published figures for consecutive periods that together make up this one. */
        SUM
    }

    public boolean derived() {
        return derivation != Derivation.PUBLISHED;
    }

    /** True when the value is known only approximately (a qualified input, or a derivation over one). */
    public boolean approximate() {
        return qualifier != null;
    }

    public Figure figure() {
        return derivation == Derivation.PUBLISHED ? from.get(0) : null;
    }
}
