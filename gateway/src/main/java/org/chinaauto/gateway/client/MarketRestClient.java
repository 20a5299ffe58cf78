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

import org.chinaauto.gateway.downstream.MarketFigure;
import org.chinaauto.gateway.downstream.MarketSeries;
import org.chinaauto.gateway.downstream.MarketSummary;
import org.chinaauto.gateway.downstream.Page;

import io.smallrye.mutiny.Uni;

/**
 * market-service's reads, as the gateway calls them. Package-private: {@link MarketClient} wraps it with fault
 * tolerance and the known answers. Every read names the snapshot ({@code vintage}, {@code asOf}; left out when null)
 * and may carry the ETag of the answer known for it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "market")
@RegisterProvider(ReadToken.class)
interface MarketRestClient {

    @GET
    @Path("/summary")
    Uni<RestResponse<MarketSummary>> summary(@QueryParam("period") String period,
            @QueryParam("vintage") LocalDate vintage, @QueryParam("asOf") Instant asOf,
            @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/figures")
    Uni<RestResponse<Page<MarketFigure>>> figures(@QueryParam("measure") String measure,
            @QueryParam("segment") String segment, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("vintage") LocalDate vintage,
            @QueryParam("asOf") Instant asOf, @QueryParam("size") int size, @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/series")
    Uni<RestResponse<MarketSeries>> series(@QueryParam("measure") String measure,
            @QueryParam("segment") String segment, @QueryParam("publisher") String publisher,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("vintage") LocalDate vintage,
            @QueryParam("asOf") Instant asOf, @HeaderParam("If-None-Match") String etag);
}
