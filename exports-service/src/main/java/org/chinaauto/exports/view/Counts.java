package org.chinaauto.exports.view;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;

/** Vehicle counts as the views show them: whole vehicles, and a derived number inside a view as {value, low, high}. */
public final class Counts {

    /** Vehicles are shown whole; percentages and multiples to two decimals. */
    public static final int VEHICLES = 0;
    public static final int PERCENT = 2;

    private Counts() {
    }

    public static Long value(Estimate e) {
        return whole(e == null ? null : e.value());
    }

    public static Long low(Estimate e) {
        return whole(e == null ? null : e.low());
    }

    public static Long high(Estimate e) {
        return whole(e == null ? null : e.high());
    }

    /** A count of vehicles rounded as the views show it, or null. */
    public static Estimate vehicles(Estimate e) {
        return e == null ? null : e.rounded(VEHICLES);
    }

    /** A percentage or a multiple rounded as the views show it, or null. */
    public static Estimate percent(Estimate e) {
        return e == null ? null : e.rounded(PERCENT);
    }

    private static Long whole(BigDecimal d) {
        return d == null ? null : d.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
