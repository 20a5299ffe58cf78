package org.chinaauto.common.bounds;

/**
 * How a publisher qualified a value ("over 9.625 million", "nearly 15 million"); none when stated plainly.
 * {@link Estimate#stated} turns a qualifier and a precision into bounds; the rules are documented there.
 * "More than", "exceeded" and "surpassed" are all {@link #OVER}; the words themselves stay in {@code stated_as}.
 */
public enum Qualifier {
    /** Over, more than, exceeded, surpassed: at least the value. */
    OVER,
    /** Nearly, almost: at most the value. */
    NEARLY,
    /** About, approximately, around: rounded to its precision, half a unit either side. */
    APPROXIMATELY,
    /** At least: the value is a floor. */
    AT_LEAST,
    /** Up to, below, under, less than: the value is a ceiling, and nothing is said of how close to it. */
    AT_MOST
}
