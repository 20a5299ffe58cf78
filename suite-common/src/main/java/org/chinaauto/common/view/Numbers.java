package org.chinaauto.deliveries.view;

import java.math.BigDecimal;

/** Numbers as the API shows them: no trailing zeros, no exponent. */
public final class Numbers {

    private Numbers() {
    }

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
}
