package org.chinaauto.common.stated;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;

/**
 * A figure as a report states it, read by {@link StatedForm}: what it is ({@link Kind}), its value, its qualifier
 * (null when stated plainly) and its precision (the unit it was stated to; null for a plain whole number such as
 * "534,000", which is exact). {@code text} is the phrase it was read from.
 */
public record StatedFigure(Kind kind, BigDecimal value, Qualifier qualifier, BigDecimal precision, String text) {

    /** What a stated figure is. */
    public enum Kind {
        /** A count: "31.23 million", "534,000", "3123.1万辆". */
        LEVEL,
        /** A percentage that is not a change: a share, "40.9%". */
        PERCENT,
        /** A change in percent, signed: "up 37.3% year-on-year" is 37.3, "down 5.5 percent" is -5.5. */
        CHANGE,
        /** A multiple: "nearly fivefold" is 5, "doubled" is 2. */
        MULTIPLE
    }

    /** The figure's bounds by the suite's rules ({@link Estimate#stated}). */
    public Estimate bounds() {
        return Estimate.stated(value, qualifier, precision);
    }

    /**
     * Whether a value, qualifier and precision given beside the stated form say the same: the same value and
     * qualifier, and the same precision when both give one (a plain "534,000" may be known to be rounded).
     */
    public boolean agrees(BigDecimal givenValue, Qualifier givenQualifier, BigDecimal givenPrecision) {
        return givenValue != null && givenValue.compareTo(value) == 0 && givenQualifier == qualifier
                && (givenPrecision == null || precision == null || givenPrecision.compareTo(precision) == 0);
    }

    /** The figure as the suite writes it: "nearly 15000000 (precision 1000000)". */
    public String describe() {
        return (qualifier == null ? "" : qualifier.name().toLowerCase().replace('_', ' ') + " ")
                + value.toPlainString() + (precision == null ? "" : " (precision " + precision.toPlainString() + ")");
    }
}
