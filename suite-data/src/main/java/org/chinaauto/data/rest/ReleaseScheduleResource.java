package org.chinaauto.data.rest;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.csv.FormatParam;
import org.chinaauto.data.calendar.ReleaseCalendar;
import org.chinaauto.data.calendar.Schedule;
import org.chinaauto.data.calendar.ScheduleLoader;
import org.chinaauto.data.calendar.ScheduleRow;
import org.chinaauto.data.calendar.ScheduleView;
import org.chinaauto.data.config.LoadSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The release schedules of a data service's series ({@code /api/calendar/schedules}): listed (JSON, or CSV in the load
 * format) and bulk loaded like figures; a service extends it with its path and the columns in its tag's extension.
 */
public abstract class ReleaseScheduleResource extends BulkLoadResource {

    /** The columns, as a service's resource names them in its {@code x-load-rows} extension. */
    public static final String ROWS = "Columns publisher, series (a series the service keeps), frequency (monthly, the "
            + "default), window_from_day and due_day (days of the month following the month released: the release is "
            + "expected from the first, and late after the second), grace_days (days past the due day before the delay "
            + "is news; 0 by default), basis (required: why the schedule is expected), notes: those of the CSV download. "
            + "A schedule is identified by publisher and series; another content revises it.";

    private final ReleaseCalendar calendar;

    protected ReleaseScheduleResource(ScheduleLoader loader, LoadSettings limits, ReleaseCalendar calendar) {
        super(loader, limits);
        this.calendar = calendar;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "List release schedules", description = "The current schedules, by publisher and series. CSV "
            + "(Accept: text/csv or format=csv) has the load columns, so a download loads back unchanged.")
    @APIResponse(responseCode = "200", description = "The schedules (JSON), or as CSV with the load columns (publisher, "
            + "series, frequency, window_from_day, due_day, grace_days, basis, notes), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScheduleView.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response schedules(@BeanParam FormatParam download, @Context HttpHeaders headers) {
        List<Schedule> schedules = calendar.schedules(null);
        return CsvResponse.wanted(headers, download.format)
                ? CsvResponse.of(ScheduleRow.class, schedules.stream().map(ScheduleRow::of).toList(), "schedules.csv")
                        .build()
                : Response.ok(schedules.stream().map(ScheduleView::of).toList(), MediaType.APPLICATION_JSON).build();
    }
}
