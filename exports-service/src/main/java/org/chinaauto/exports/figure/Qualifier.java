package org.chinaauto.exports.figure;

/** How a publisher qualified a value ("over 6.4M", "nearly 6.41M"); null when stated plainly. */
public enum Qualifier {
    OVER, NEARLY, APPROXIMATELY, AT_LEAST
}
