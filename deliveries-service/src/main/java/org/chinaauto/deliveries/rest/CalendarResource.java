package org.chinaauto.deliveries.rest;

import jakarta.ws.rs.Path;

import org.chinaauto.data.rest.ReleaseCalendarResource;
import org.chinaauto.deliveries.service.DeliveriesCalendar;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar")
@Tag(name = "Calendar", description = "When each publisher's next release is expected, and who is late")
public class CalendarResource extends ReleaseCalendarResource {

    CalendarResource(DeliveriesCalendar calendar) {
        super(calendar);
    }
}
