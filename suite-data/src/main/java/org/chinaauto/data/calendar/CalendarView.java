package org.chinaauto.data.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The release calendar of a service's publishers and series on a day: the clock's day, or the vintage (the calendar as
 * it stood then, from the figures published by then), or asOf's day (from the figures and schedules loaded by then).
 */
public record CalendarView(
        @Schema(description = "The day the statuses are worked out for: the vintage, else asOf's day, else today")
        LocalDate today,
        Instant asOf,
        LocalDate vintage,
        @Schema(description = "One entry per schedule, by publisher and series") List<CalendarEntry> entries) {
}
