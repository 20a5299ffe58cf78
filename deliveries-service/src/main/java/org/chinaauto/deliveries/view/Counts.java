package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.chinaauto.common.bounds.Estimate;

/**
 * Vehicle counts as the APIs show them: whole vehicles. A count's bounds are tightened to whole numbers (the low
 * bound rounded up, the high bound down), its value rounded half-up.
 */
public final class Counts {

    private Counts() {
    }

    public static Estimate of(Estimate e) {
        if (e == null) {
            return null;
        }
        return new Estimate(round(e.value(), RoundingMode.HALF_UP), round(e.low(), RoundingMode.CEILING),
                round(e.high(), RoundingMode.FLOOR));
    }

    public static Long longOrNull(BigDecimal d) {
        return d == null ? null : d.longValueExact();
    }

    private static BigDecimal round(BigDecimal d, RoundingMode mode) {
        return d == null ? null : d.setScale(0, mode);
    }
}
