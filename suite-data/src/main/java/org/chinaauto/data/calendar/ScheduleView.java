package org.chinaauto.data.calendar;

import static org.chinaauto.common.view.Numbers.lower;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release schedule as the JSON API shows it: the load columns, and when this version was loaded. */
public record ScheduleView(String publisher, String series, @Schema(enumeration = { "monthly" }) String frequency,
        @Schema(description = "The day of the following month the release of a month is expected from") int windowFromDay,
        @Schema(description = "The day of the following month by which it is expected") int dueDay,
        @Schema(description = "Days past the due day before the delay is news") int graceDays,
        @Schema(description = "Why this schedule is expected") String basis, String notes, Instant loadedAt) {

    public static ScheduleView of(Schedule s) {
        return new ScheduleView(s.publisher(), s.series(), lower(s.frequency()), s.windowFromDay(), s.dueDay(),
                s.graceDays(), s.basis(), s.notes(), s.loadedAt());
    }
}
