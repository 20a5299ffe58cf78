package org.chinaauto.data.load.column;

import java.math.BigDecimal;
import java.util.Locale;

import org.chinaauto.common.rest.Choices;
import org.chinaauto.common.version.FigureStatus;

/**
 * The values of a load row's text cells, read the way its column constraints check them: so that a row check
 * reads a cell that passed its constraint with the same rule.
 */
public final class Cells {

    private Cells() {
    }

    /** The trimmed text, or null when blank. */
    public static String text(CharSequence value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** The number (digits may be grouped with _), or null when blank or not a number. */
    public static BigDecimal decimal(String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The enum constant named by the text in any case, with - for _; null when blank or naming none. */
    public static <E extends Enum<E>> E oneOf(String value, Class<E> type) {
        String t = text(value);
        return t == null ? null : Choices.find(type, t);
    }

    /** The figure's status in a cell that passed its {@link OneOf} constraint: final when blank. */
    public static FigureStatus status(String value) {
        return FigureStatus.of(text(value));
    }

    /** The whole number in a cell that passed its {@link Count} constraint, or null when blank or not whole. */
    public static Long count(String value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The flag in a {@link Form#TRUE_FALSE} cell: true for true or yes, false for anything else (blank included). */
    public static boolean flag(String value) {
        String t = text(value);
        return t != null && switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            default -> false;
        };
    }
}
