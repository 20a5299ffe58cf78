package org.chinaauto.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.databind.JsonNode;

/** A data service's change feed ({@code GET /api/changes}), one REST client per service ({@link ServiceFeeds}). */
@Path("/api/changes")
interface FeedApi {

    @GET
    Uni<JsonNode> page(@RestQuery Long after, @RestQuery String since, @RestQuery Integer limit,
            @RestQuery Integer timeout, @RestHeader("Authorization") String authorization);
}
