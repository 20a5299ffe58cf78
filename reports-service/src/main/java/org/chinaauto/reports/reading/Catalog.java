package org.chinaauto.reports.reading;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** deliveries-service's catalogue of brands and groups, whose names a report's deliveries figures are read against. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface Catalog {

    @GET
    @Path("/brands")
    Entries<Brand> brands(@QueryParam("size") int size);

    @GET
    @Path("/groups")
    Entries<Group> groups(@QueryParam("size") int size);

    record Entries<T>(List<T> items) {
    }

    record Brand(String slug, String name, List<Membership> memberships) {
    }

    record Membership(String group, String from, String to) {
    }

    record Group(String slug, String name) {
    }
}
