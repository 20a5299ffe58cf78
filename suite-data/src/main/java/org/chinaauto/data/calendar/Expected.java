package org.chinaauto.data.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * When the release after the last published month is expected, and where it stands on a day: the release of a month
 * is expected in the following month, from the schedule's window day to its due day (a day past the month's end is
 * its last day).
 *
 * @param period the month expected next
 * @param from the first day of its window
 * @param due the day by which it is expected
 */
public record Expected(YearMonth period, LocalDate from, LocalDate due) {

    public enum Status {
        /** The next release is not due yet: its window has not opened. */
        ON_TIME,
        /** Inside its window, not past the due day. */
        DUE,
        /** Past the due day. */
        LATE
    }

    /** The release expected after {@code last} under {@code schedule}. */
    public static Expected after(YearMonth last, Schedule schedule) {
        YearMonth next = last.plusMonths(1);
        YearMonth release = next.plusMonths(1);
        return new Expected(next, day(release, schedule.windowFromDay()), day(release, schedule.dueDay()));
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    public Status status(LocalDate today) {
        return today.isBefore(from) ? Status.ON_TIME : today.isAfter(due) ? Status.LATE : Status.DUE;
    }

    /** Days past the due day on {@code today}; 0 when not late. */
    public int daysLate(LocalDate today) {
        return today.isAfter(due) ? (int) ChronoUnit.DAYS.between(due, today) : 0;
    }
}
