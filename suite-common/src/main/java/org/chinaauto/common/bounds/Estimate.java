package org.chinaauto.common.bounds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * A value with its bounds: a figure as stated, or a value derived from stated figures by interval arithmetic.
 * {@code low} or {@code high} is null when that side is unbounded ("over 2 million" with no stated precision).
 *
 * <h2>Bounds of a stated figure ({@link #stated})</h2>
 * The precision {@code p} is the unit the value was stated to (10,000 for "31.23 million", 1,000,000 for
 * "nearly 15 million", 0.1 for "40.9%").
 * <ul>
 * <li>plain, no precision: exact, {@code low = high = value} (81,864 deliveries);</li>
 * <li>plain or {@code approximately}, with a precision: rounded, half a unit either side
 * ("31.23 million": 31,225,000 to 31,235,000);</li>
 * <li>{@code over} (more than, exceeded, surpassed) and {@code at_least}: at least the value, below the next unit
 * when a precision is stated ("over 9.625 million": 9,625,000 to 9,626,000), unbounded above otherwise;</li>
 * <li>{@code nearly}: at most the value, above the unit below when a precision is stated ("nearly 15 million":
 * 14,000,000 to 15,000,000), unbounded below otherwise;</li>
 * <li>{@code at_most} (up to, below, less than): at most the value, unbounded below whatever the precision.</li>
 * </ul>
 * A stated rate (a growth or share in percent) without a stated precision is taken to be rounded to its last
 * decimal ("36.7%": 36.65 to 36.75; "75%": 74.5 to 75.5).
 *
 * <h2>Derived values</h2>
 * Sums, differences, ratios, shares, growth rates, multiples and compound annual growth are computed on the
 * bounds (interval arithmetic), so that "nearly 15 million" minus "9.62 million" is 4,375,000 to 5,385,000. The
 * value shown for a derived estimate is the midpoint of its bounds, or, when a side is unbounded, the result of
 * the same operation on the stated values.
 */
public record Estimate(BigDecimal value, BigDecimal low, BigDecimal high) {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Estimate exact(BigDecimal value) {
        return new Estimate(value, value, value);
    }

    public static Estimate exact(long value) {
        return exact(BigDecimal.valueOf(value));
    }

    /** The bounds of a figure as stated; see the class comment for the rules. */
    public static Estimate stated(BigDecimal value, Qualifier qualifier, BigDecimal precision) {
        if (value == null) {
            return null;
        }
        if (qualifier == null || qualifier == Qualifier.APPROXIMATELY) {
            if (precision == null) {
                return qualifier == null ? exact(value) : new Estimate(value, null, null);
            }
            BigDecimal half = precision.divide(TWO);
            return new Estimate(value, value.subtract(half), value.add(half));
        }
        return switch (qualifier) {
            case OVER, AT_LEAST -> new Estimate(value, value, precision == null ? null : value.add(precision));
            case NEARLY -> new Estimate(value, precision == null ? null : value.subtract(precision), value);
            case AT_MOST -> new Estimate(value, null, value);
            default -> throw new IllegalStateException("unhandled qualifier " + qualifier);
        };
    }

    /** A stated rate in percent; without a stated precision it is rounded to its last decimal. */
    public static Estimate statedRate(BigDecimal pct, Qualifier qualifier, BigDecimal precision) {
        if (pct == null) {
            return null;
        }
        return stated(pct, qualifier, precision != null ? precision : lastDecimal(pct));
    }

    /** The unit of a number's last decimal: 0.1 for 36.7, 1 for 75 or 160. */
    static BigDecimal lastDecimal(BigDecimal d) {
        int scale = Math.max(0, d.stripTrailingZeros().scale());
        return BigDecimal.ONE.movePointLeft(scale);
    }

    /** A derived estimate: the midpoint of the bounds, or {@code fromValues} when a side is unbounded. */
    public static Estimate derived(BigDecimal low, BigDecimal high, BigDecimal fromValues) {
        BigDecimal value = low != null && high != null ? low.add(high).divide(TWO, MC) : fromValues;
        return new Estimate(value, low, high);
    }

    public boolean certain() {
        return low != null && high != null && low.compareTo(high) == 0;
    }

    public boolean bounded() {
        return low != null && high != null;
    }

    public Estimate plus(Estimate o) {
        return derived(add(low, o.low), add(high, o.high), value.add(o.value));
    }

    public Estimate minus(Estimate o) {
        return derived(subtract(low, o.high), subtract(high, o.low), value.subtract(o.value));
    }

    public static Estimate sum(Collection<Estimate> parts) {
        return parts.stream().reduce(Estimate::plus).orElse(exact(BigDecimal.ZERO));
    }

    /** A count cannot be negative: a lower bound below zero becomes zero. */
    public Estimate nonNegative() {
        BigDecimal lo = low == null || low.signum() < 0 ? BigDecimal.ZERO : low;
        return lo == low ? this : derived(lo, high, value.max(BigDecimal.ZERO));
    }

    /** This over {@code divisor}; null when the divisor may be zero or negative (or its value is not positive). */
    public Estimate dividedBy(Estimate divisor) {
        if (divisor.low == null || divisor.low.signum() <= 0 || divisor.value.signum() <= 0) {
            return null;
        }
        BigDecimal lo = low == null ? null
                : low.signum() >= 0 ? divide(low, divisor.high) : low.divide(divisor.low, MC);
        BigDecimal hi = high == null ? null
                : high.signum() >= 0 ? high.divide(divisor.low, MC) : divide(high, divisor.high);
        return derived(lo, hi, value.divide(divisor.value, MC));
    }

    /** This as a percentage of {@code whole}; null when the whole may be zero. */
    public Estimate percentOf(Estimate whole) {
        Estimate ratio = dividedBy(whole);
        return ratio == null ? null : ratio.map(r -> r.multiply(HUNDRED));
    }

    /** Percent change from {@code base}: (this / base - 1) x 100; null when the base may be zero. */
    public Estimate percentChangeFrom(Estimate base) {
        Estimate ratio = dividedBy(base);
        return ratio == null ? null : ratio.map(r -> r.subtract(BigDecimal.ONE).multiply(HUNDRED));
    }

    /** Compound annual growth in percent over {@code years} from {@code base}; null when the base may be zero. */
    public Estimate compoundGrowthFrom(Estimate base, int years) {
        Estimate ratio = dividedBy(base);
        return ratio == null ? null : ratio.map(r -> BigDecimal.valueOf(Math.pow(r.doubleValue(), 1.0 / years))
                .subtract(BigDecimal.ONE).multiply(HUNDRED));
    }

    /** Applies an increasing function to the bounds; the value is derived from them as for any derived value. */
    private Estimate map(UnaryOperator<BigDecimal> increasing) {
        BigDecimal lo = low == null ? null : increasing.apply(low);
        BigDecimal hi = high == null ? null : increasing.apply(high);
        return derived(lo, hi, increasing.apply(value));
    }

    /** True when the two ranges share at least one value (unbounded sides overlap everything beyond). */
    public boolean overlaps(Estimate o) {
        boolean belowOther = high != null && o.low != null && high.compareTo(o.low) < 0;
        boolean aboveOther = low != null && o.high != null && low.compareTo(o.high) > 0;
        return !belowOther && !aboveOther;
    }

    /**
     * How far this range lies outside {@code o}: the distance between the nearest bounds, zero when they overlap.
     */
    public BigDecimal distanceFrom(Estimate o) {
        if (high != null && o.low != null && high.compareTo(o.low) < 0) {
            return o.low.subtract(high);
        }
        if (low != null && o.high != null && low.compareTo(o.high) > 0) {
            return low.subtract(o.high);
        }
        return BigDecimal.ZERO;
    }

    /** Rounded half-up to {@code scale} decimals, as the APIs show it, without trailing zeros. */
    public Estimate rounded(int scale) {
        return new Estimate(round(value, scale), round(low, scale), round(high, scale));
    }

    private static BigDecimal round(BigDecimal d, int scale) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return nullSafe(a, b, BigDecimal::add);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return nullSafe(a, b, BigDecimal::subtract);
    }

    /** A numerator over a positive or unbounded divisor: zero when the divisor is unbounded. */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return b == null ? BigDecimal.ZERO : a.divide(b, MC);
    }

    private static BigDecimal nullSafe(BigDecimal a, BigDecimal b, BinaryOperator<BigDecimal> op) {
        return a == null || b == null ? null : op.apply(a, b);
    }
}
