package org.chinaauto.data.calendar;

/** How often a publisher releases a series: monthly, the only rhythm the suite's publishers keep so far. */
public enum Frequency {
    MONTHLY
}
