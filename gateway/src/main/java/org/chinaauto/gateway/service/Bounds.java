package org.chinaauto.gateway.service;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.view.Rate;

/**
 * A downstream figure's value with its bounds, {@code low} and {@code high} beside the value as every service gives
 * them; a null bound is unbounded on that side (the services' convention).
 */
final class Bounds {

    /** Vehicle counts are shown in whole vehicles. */
    static final int VEHICLES = 0;
    /** Percentages are shown to two decimals, as every service shows them. */
    static final int PERCENT = Rate.SCALE;

    private Bounds() {
    }

    /** The figure with its bounds; null without a value. */
    static Estimate of(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value == null ? null : new Estimate(value, low, high);
    }

    static Estimate of(Long value, Long low, Long high) {
        return value == null ? null : new Estimate(BigDecimal.valueOf(value), decimal(low), decimal(high));
    }

    static BigDecimal decimal(Long n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    /** As shown in a view: {@code {value, low, high}} rounded to {@code scale} decimals; null stays null. */
    static Estimate shown(Estimate e, int scale) {
        return e == null ? null : e.rounded(scale);
    }
}
