package org.chinaauto.data.calendar;

import java.time.LocalDate;

import org.chinaauto.common.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a publisher's series stands on the calendar's day: its last month published and when, the month expected next
 * and by when, and its status.
 */
public record CalendarEntry(
        @Schema(description = "The publisher, as its figures name it", examples = "CAAM") String publisher,
        @Schema(description = "The series the schedule is for, one the service keeps", examples = "sales") String series,
        @Schema(enumeration = { "monthly" }) String frequency,
        @Schema(description = "The last month published: the latest month a figure of the series covers alone or as "
                + "the end of its year to date (January to that month); null when none is stored") Period lastPeriod,
        @Schema(description = "When that month was first published, as precise as published (2025-12 or 2025-12-10); "
                + "null when no figure of it states a publication date") String lastPublished,
        @Schema(description = "That publication date as vintages count it (a month-only date counts from its last day)")
        LocalDate lastPublishedOn,
        @Schema(description = "The month expected next; null when no month was published") Period nextPeriod,
        @Schema(description = "The first day of the window in which it is expected") LocalDate expectedFrom,
        @Schema(description = "The day by which it is expected") LocalDate dueBy,
        @Schema(description = "Days past due_by before the delay is news (the alert's threshold)") int graceDays,
        @Schema(description = "on_time: the next release is not due yet; due: inside its window; late: past due_by; "
                + "no_figures: no figure of the series is stored, so no release can be expected",
                enumeration = { "on_time", "due", "late", "no_figures" }) String status,
        @Schema(description = "Days past due_by; 0 unless late") int daysLate,
        @Schema(description = "Why this schedule is expected") String basis,
        String notes) {
}
