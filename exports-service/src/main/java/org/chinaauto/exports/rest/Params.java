package org.chinaauto.exports.rest;

/** Query parameter helpers of this service; the general ones are in suite-data (rest/Params). */
final class Params {

    private Params() {
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Definitions are lower-case codes; accept any case in queries. */
    static String definition(String s) {
        String d = org.chinaauto.data.rest.Params.code(s, "definition");
        return d == null ? null : d.toLowerCase(java.util.Locale.ROOT);
    }
}
