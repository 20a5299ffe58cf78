package org.chinaauto.data.rest;

import java.util.Collection;
import java.util.TreeSet;

import org.chinaauto.common.problem.InvalidInputException;

/**
 * The publisher or definition a read means when the query did not name one: values of different ones are never mixed,
 * so the only one present is meant, and several present are a 400 naming the choices.
 */
public final class Unambiguous {

    private Unambiguous() {
    }

    /** The only value present; null when none is present, a 400 naming the choices when several are. */
    public static String only(Collection<String> present, String field, String several) {
        TreeSet<String> distinct = new TreeSet<>(present);
        if (distinct.size() > 1) {
            throw new InvalidInputException(field, several + "; choose one of " + distinct + " with " + field + "=");
        }
        return distinct.isEmpty() ? null : distinct.first();
    }
}
