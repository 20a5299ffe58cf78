package org.chinaauto.exports.rest;

/** Query parameter helpers of this service; the general ones are in suite-common. */
final class Params {

    private Params() {
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Definitions are lower-case codes; accept any case in queries. */
    static String definition(String s) {
        String d = org.chinaauto.common.rest.Params.code(s, "definition");
        return d == null ? null : d.toLowerCase(java.util.Locale.ROOT);
    }
}
