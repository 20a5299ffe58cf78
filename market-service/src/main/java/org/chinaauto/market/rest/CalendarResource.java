package org.chinaauto.market.rest;

import jakarta.ws.rs.Path;

import org.chinaauto.data.rest.ReleaseCalendarResource;
import org.chinaauto.market.service.MarketCalendar;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar")
@Tag(name = "Calendar", description = "When each publisher's next release is expected, and who is late")
public class CalendarResource extends ReleaseCalendarResource {

    CalendarResource(MarketCalendar calendar) {
        super(calendar);
    }
}
