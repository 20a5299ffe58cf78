package org.chinaauto.common.version;

/**
 * Whether the source itself names a figure's publisher, or the suite attributes the figure to its likely
 * publisher (and says why in the attribution note).
 */
public enum Attribution {
    /** The source names the publisher for this figure. */
    NAMED,
    /** The source does not name the publisher; the suite infers it, for the reason given in the note. */
    INFERRED
}
