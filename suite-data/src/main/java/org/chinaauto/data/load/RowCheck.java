package org.chinaauto.data.load;

/**
 * A service's part of a load: the cross-field rules of a row whose fields have been checked against their
 * constraints, and the row's values as stored.
 */
@FunctionalInterface
public interface RowCheck<R> {

    /**
     * Checks the rules that span fields, adding errors to {@code errors}; returns the values to stage in the order of
     * {@link LoadTarget#columns()} (null for a failed field), or null when the row's key is not valid, so that the
     * row cannot be compared.
     */
    Object[] stage(R row, RowErrors errors);
}
