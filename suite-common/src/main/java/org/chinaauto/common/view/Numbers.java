package org.chinaauto.common.view;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers and enum codes as the APIs show them: no trailing zeros, no exponent, lower-case codes. */
public final class Numbers {

    private Numbers() {
    }

    /** A decimal without trailing zeros and never in exponent form (6.41E+6 becomes 6410000). */
    public static BigDecimal strip(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static String plain(BigDecimal d) {
        return d == null ? null : strip(d).toPlainString();
    }

    public static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
