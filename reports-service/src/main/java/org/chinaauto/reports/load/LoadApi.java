package org.chinaauto.reports.load;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A data service's bulk load, as its editors use it: a CSV of load rows, with the editor's bearer token. */
@Path("/api")
public interface LoadApi {

    @POST
    @Path("/{resource}")
    @Consumes("text/csv; charset=utf-8")
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    Response load(@PathParam("resource") String resource, @HeaderParam("Authorization") String authorization,
            String csv);
}
