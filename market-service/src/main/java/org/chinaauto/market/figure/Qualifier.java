package org.chinaauto.market.figure;

/** How a publisher qualified a value ("over 6.4M", "nearly 15 million"); null when stated plainly. */
public enum Qualifier {
    OVER, NEARLY, APPROXIMATELY, AT_LEAST
}
