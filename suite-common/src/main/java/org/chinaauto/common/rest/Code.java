package org.chinaauto.common.rest;

import java.util.Locale;
import java.util.regex.Pattern;

import org.chinaauto.common.problem.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A code naming a publisher, a definition, a destination or a subject: letters (any script), digits, spaces and
 * {@code . & ( ) - _}, starting with a letter or digit, at most 100 characters. Quotes, semicolons, slashes and control
 * characters are never part of one, so a value with them is refused rather than looked up.
 */
@Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100, description = "A code: letters, digits, spaces and "
        + ". & ( ) - _, at most 100 characters", examples = { "CAAM", "WORLD", "aito" })
public record Code(String text) {

    /** The form of a code, for reads that filter by one and for load columns. */
    public static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .&()_-]{0,99}");

    /** What is wrong with a code (given trimmed), or null when it is one. */
    public static String problemOf(String text) {
        return FORM.matcher(text).matches() ? null
                : "is not a name: letters, digits, spaces and . & ( ) - _ only, at most 100 characters";
    }

    /** The code in a parameter; a 400 naming the parameter when it is not one. */
    public static Code parse(String text, String name) {
        String problem = problemOf(text);
        if (problem != null) {
            throw new InvalidInputException(name, name + " " + problem);
        }
        return new Code(text);
    }

    /** The text of a code that may be absent. */
    public static String text(Code code) {
        return code == null ? null : code.text;
    }

    /** The text in lower case (slugs, definitions), or null for an absent code. */
    public static String lower(Code code) {
        return code == null ? null : code.text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
