package org.chinaauto.data.calendar;

/**
 * A series whose releases a service's figures show: its name in schedules and calendars, and where its figures are
 * (a versioned table of figures with publisher, period_start, period_end, published, published_on and loaded_at, and
 * the SQL condition that selects the series' figures in it).
 */
public record ReleasedSeries(String name, String table, String condition) {

    /** Every figure of the table belongs to the series. */
    public static ReleasedSeries all(String name, String table) {
        return new ReleasedSeries(name, table, "TRUE");
    }
}
