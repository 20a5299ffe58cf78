package org.chinaauto.exports.rest;

import org.chinaauto.common.problem.InvalidInputException;

/** Small helpers for query parameters. */
final class Params {

    private Params() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Definitions are lower-case codes; accept any case in queries. */
    static String definition(String s) {
        String d = blankToNull(s);
        return d == null ? null : d.toLowerCase(java.util.Locale.ROOT);
    }
}
