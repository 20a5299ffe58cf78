package org.chinaauto.data.calendar;

import static org.chinaauto.common.view.Numbers.lower;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chinaauto.data.load.column.Cell;
import org.chinaauto.data.load.column.Count;
import org.chinaauto.data.load.column.Form;
import org.chinaauto.data.load.column.OneOf;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A publisher's expected schedule for one series, in the bulk-load format: what GET /api/calendar/schedules returns as
 * CSV, so that a download loads back unchanged. The release of a month is expected in the following month, from its
 * {@code window_from_day} to its {@code due_day}; {@code grace_days} is how late it may be before it is news (the alert
 * on {@code suite_publication_delay_days} compares the two); {@code basis} says why the schedule is expected.
 */
@JsonPropertyOrder({ "publisher", "series", "frequency", "window_from_day", "due_day", "grace_days", "basis", "notes" })
public record ScheduleRow(
        @NotBlank(message = "is required") @Cell(Form.CODE) String publisher,
        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String series,
        @OneOf(Frequency.class) String frequency,
        @NotBlank(message = "is required") @Count(min = 1, max = 31, unit = "", range = "must be a day of the month, 1 to 31") String windowFromDay,
        @NotBlank(message = "is required") @Count(min = 1, max = 31, unit = "", range = "must be a day of the month, 1 to 31") String dueDay,
        @Count(min = 0, max = 90, unit = "days", range = "must be between 0 and 90 days") String graceDays,
        @NotBlank(message = "is required: say why this schedule is expected") @Size(max = 2000, message = "is longer than {max} characters") String basis,
        @Size(max = 2000, message = "is longer than {max} characters") String notes) {

    public static ScheduleRow of(Schedule s) {
        return new ScheduleRow(s.publisher(), s.series(), lower(s.frequency()), Integer.toString(s.windowFromDay()),
                Integer.toString(s.dueDay()), Integer.toString(s.graceDays()), s.basis(), s.notes());
    }
}
