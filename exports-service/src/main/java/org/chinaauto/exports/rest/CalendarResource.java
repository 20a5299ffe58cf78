package org.chinaauto.exports.rest;

import jakarta.ws.rs.Path;

import org.chinaauto.data.rest.ReleaseCalendarResource;
import org.chinaauto.exports.service.ExportsCalendar;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar")
@Tag(name = "Calendar", description = "When each publisher's next release is expected, and who is late")
public class CalendarResource extends ReleaseCalendarResource {

    CalendarResource(ExportsCalendar calendar) {
        super(calendar);
    }
}
