package org.chinaauto.data.calendar;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowCheck;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.column.Cells;

/**
 * Bulk loads of release schedules (table release_schedule), through the suite's streamed pipeline like any figure load:
 * a schedule is identified by its publisher and series; loading different days, grace, basis or notes supersedes the
 * current version (kept, with its superseded_at), the same ones change nothing. A series must be one the service keeps
 * ({@link ReleaseCalendar#seriesNames()}); the window must open on or before the due day.
 */
@ApplicationScoped
public class ScheduleLoader extends BulkLoader<ScheduleRow> {

    static final LoadTarget SCHEDULES = new LoadTarget("release_schedule", "release-schedule-load", "schedules",
            List.of("publisher", "series"),
            List.of("frequency", "window_from_day", "due_day", "grace_days", "basis", "notes"), List.of(),
            "schedule (publisher, series)", "series");

    /** The days of grace of a schedule that states none. */
    static final int DEFAULT_GRACE_DAYS = 0;

    @Inject
    Instance<ReleaseCalendar> calendar;

    ScheduleLoader() {
        super(ScheduleRow.class, new Format(Set.of("publisher", "series", "window_from_day", "due_day", "basis"),
                "schedules", Set.of("loaded_at")), SCHEDULES);
    }

    @Override
    protected RowCheck<ScheduleRow> rowCheck() {
        Set<String> series = calendar.get().seriesNames();
        return (row, errors) -> stage(row, series, errors);
    }

    /** The rules that span columns, and the row's values in the order of {@link #SCHEDULES}' columns. */
    static Object[] stage(ScheduleRow row, Set<String> known, RowErrors errors) {
        String publisher = errors.failed("publisher") ? null : Cells.text(row.publisher());
        String series = errors.failed("series") ? null : Cells.text(row.series());
        if (series != null && !known.contains(series)) {
            errors.error("series", "unknown series '" + series + "'; this service keeps the figures of "
                    + String.join(", ", known.stream().sorted().toList()));
            series = null;
        }
        Frequency frequency = Cells.oneOf(row.frequency(), Frequency.class);
        Long from = errors.failed("window_from_day") ? null : Cells.count(row.windowFromDay());
        Long due = errors.failed("due_day") ? null : Cells.count(row.dueDay());
        if (from != null && due != null && from > due) {
            errors.error("window_from_day", "the window opens on day " + from + ", after the due day " + due
                    + "; it must open on or before it");
        }
        Long grace = errors.failed("grace_days") ? null : Cells.count(row.graceDays());
        if (publisher == null || series == null) {
            return null;
        }
        return new Object[] { publisher, series, frequency == null ? Frequency.MONTHLY : frequency,
                from == null ? null : from.intValue(), due == null ? null : due.intValue(),
                grace == null ? DEFAULT_GRACE_DAYS : grace.intValue(), Cells.text(row.basis()),
                Cells.text(row.notes()) };
    }
}
