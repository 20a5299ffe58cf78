package org.chinaauto.common.derive;

import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.FigureStatus;

/**
 * A value for a period with its bounds: either a published figure, or one derived from published figures (a
 * difference of two cumulative spans, or a sum of consecutive periods), which says so and names its inputs.
 */
public record Resolved<F extends Observation>(Period period, Estimate estimate, Derivation derivation, List<F> from) {

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

    /** How settled the value is: the least settled of the figures it rests on. */
    public FigureStatus status() {
        return FigureStatus.leastSettled(from.stream().map(Observation::observedStatus).toList());
    }

    /** The published figure, or null when the value is derived. */
    public F figure() {
        return derivation == Derivation.PUBLISHED ? from.get(0) : null;
    }
}
