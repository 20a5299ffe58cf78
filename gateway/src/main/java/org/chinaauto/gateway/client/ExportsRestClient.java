package org.chinaauto.gateway.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import org.chinaauto.gateway.downstream.ExportFigure;
import org.chinaauto.gateway.downstream.ExportsOverview;
import org.chinaauto.gateway.downstream.ExportsReconciliation;
import org.chinaauto.gateway.downstream.Page;

import io.smallrye.mutiny.Uni;

/** exports-service's reads, as the gateway calls them; wrapped by {@link ExportsClient}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "exports")
@RegisterProvider(ReadToken.class)
interface ExportsRestClient {

    @GET
    @Path("/overview")
    Uni<RestResponse<ExportsOverview>> overview(@QueryParam("period") String period,
            @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/reconciliation")
    Uni<RestResponse<ExportsReconciliation>> reconciliation(@QueryParam("period") String period,
            @QueryParam("powertrain") String powertrain, @QueryParam("destination") String destination,
            @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/figures")
    Uni<RestResponse<Page<ExportFigure>>> figures(@QueryParam("destination") String destination,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("vintage") LocalDate vintage,
            @QueryParam("asOf") Instant asOf, @QueryParam("size") int size, @HeaderParam("If-None-Match") String etag);
}
