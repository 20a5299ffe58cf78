package org.chinaauto.data.rest;

import java.util.Collection;
import java.util.TreeSet;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.load.column.Code;

/** Query parameter helpers shared by the services' resources. */
public final class Params {

    private Params() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A query parameter naming a constant ("sales_share" or "sales-share"); null when absent, a 400 when unknown. */
    public static <E extends Enum<E>> E oneOf(String text, Class<E> type, String field) {
        String t = blankToNull(text);
        E value = Cells.oneOf(t, type);
        if (t != null && value == null) {
            throw new InvalidInputException(field, "unknown " + field + " '" + t + "'; expected one of " + Cells.names(type));
        }
        return value;
    }

    /** A query parameter naming a publisher, a definition or a subject ({@link Code}); null when absent. */
    public static String code(String text, String field) {
        String t = blankToNull(text);
        String problem = t == null ? null : Code.Check.problemOf(t);
        if (problem != null) {
            throw new InvalidInputException(field, field + " " + problem);
        }
        return t;
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /**
     * The only value present (a publisher, a definition) when the query did not choose one, since values of
     * different ones are never mixed; null when none is present, a 400 naming the choices when several are.
     */
    public static String only(Collection<String> present, String field, String several) {
        TreeSet<String> distinct = new TreeSet<>(present);
        if (distinct.size() > 1) {
            throw new InvalidInputException(field, several + "; choose one of " + distinct + " with " + field + "=");
        }
        return distinct.isEmpty() ? null : distinct.first();
    }
}
