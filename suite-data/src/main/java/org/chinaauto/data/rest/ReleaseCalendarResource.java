package org.chinaauto.data.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.data.calendar.CalendarView;
import org.chinaauto.data.calendar.ReleaseCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The release calendar of a data service's series ({@code GET /api/calendar}); a service extends it with its path. Its
 * answers change with the day as well as with the data: the answer cache keeps them per day
 * ({@code suite.answer-cache.dated-paths}).
 */
public abstract class ReleaseCalendarResource {

    private final ReleaseCalendar calendar;

    protected ReleaseCalendarResource(ReleaseCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release calendar", description = "Per publisher and series with a release schedule: the "
            + "last month published (a figure of that month alone, or of the year to date up to it) and when, the "
            + "month expected next and by when (the schedule's window and due day in the following month), and the "
            + "status on the day: on_time (not due yet), due (inside its window), late (past due, with days_late), or "
            + "no_figures. Worked out for today (the publishers' time zone), or as the calendar stood on the vintage "
            + "(only figures published by then), or at asOf (figures and schedules loaded by then).")
    public CalendarView calendar(@BeanParam SnapshotParams snapshot) {
        return calendar.calendar(snapshot.snapshot());
    }
}
