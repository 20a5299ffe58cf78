package org.chinaauto.data.load;

/**
 * The errors of one row as its service's row check sees them: which fields already failed their constraints
 * (so that the check does not read them), and where to add the errors of cross-field rules.
 */
public interface RowErrors {

    /** True when the field broke one of its constraints. */
    boolean failed(String field);

    void error(String field, String message);
}
