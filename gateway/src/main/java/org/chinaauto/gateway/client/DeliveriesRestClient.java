package org.chinaauto.gateway.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import org.chinaauto.gateway.downstream.Brand;
import org.chinaauto.gateway.downstream.BrandHistory;
import org.chinaauto.gateway.downstream.DeliveriesOverview;
import org.chinaauto.gateway.downstream.Delivery;
import org.chinaauto.gateway.downstream.Page;
import org.chinaauto.gateway.downstream.TargetProgress;

import io.smallrye.mutiny.Uni;

/** deliveries-service's reads, as the gateway calls them; wrapped by {@link DeliveriesClient}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "deliveries")
@RegisterProvider(ReadToken.class)
interface DeliveriesRestClient {

    @GET
    @Path("/overview")
    Uni<RestResponse<DeliveriesOverview>> overview(@QueryParam("period") String period,
            @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/deliveries")
    Uni<RestResponse<Page<Delivery>>> deliveries(@QueryParam("subject") String subject, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @QueryParam("size") int size, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/brands/{slug}")
    Uni<RestResponse<Brand>> brand(@PathParam("slug") String slug, @QueryParam("vintage") LocalDate vintage,
            @QueryParam("asOf") Instant asOf, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/brands/{slug}/history")
    Uni<RestResponse<BrandHistory>> history(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/brands/{slug}/targets")
    Uni<RestResponse<TargetProgress>> targets(@PathParam("slug") String slug, @QueryParam("year") int year,
            @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);
}
