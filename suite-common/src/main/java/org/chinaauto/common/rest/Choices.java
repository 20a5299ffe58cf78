package org.chinaauto.common.rest;

import java.util.Arrays;
import java.util.Locale;

import org.chinaauto.common.problem.InvalidInputException;

/** Reads one of an enum's constants as the suite writes them (lower case), in any case and with - for _. */
public final class Choices {

    private Choices() {
    }

    /** The constant named by the text; a 400 naming the parameter and the choices when it names none. */
    public static <E extends Enum<E>> E of(Class<E> type, String text, String name) {
        E constant = find(type, text);
        if (constant == null) {
            throw new InvalidInputException(name, "unknown " + name + " '" + text + "'; expected one of " + names(type));
        }
        return constant;
    }

    /** The constant named by the text, or null when it names none. */
    public static <E extends Enum<E>> E find(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constants as the suite writes them: [production, sales, sales_share]. */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList().toString();
    }
}
