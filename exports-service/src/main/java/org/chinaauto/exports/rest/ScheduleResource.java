package org.chinaauto.exports.rest;

import jakarta.ws.rs.Path;

import org.chinaauto.common.openapi.LoadOperations;
import org.chinaauto.data.calendar.ScheduleLoader;
import org.chinaauto.data.rest.ReleaseScheduleResource;
import org.chinaauto.exports.config.ExportsConfig;
import org.chinaauto.exports.service.ExportsCalendar;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar/schedules")
@Tag(name = "Release schedules", description = "Each publisher's expected release schedule of a series; bulk loads")
@Extension(name = LoadOperations.ROWS, value = ReleaseScheduleResource.ROWS)
public class ScheduleResource extends ReleaseScheduleResource {

    ScheduleResource(ScheduleLoader loader, ExportsConfig config, ExportsCalendar calendar) {
        super(loader, config.load(), calendar);
    }
}
