package org.chinaauto.gateway.client;

import java.util.Map;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/**
 * A data service's reads, whatever the path: one REST client of this interface per service ({@link Downstream}),
 * so that Micrometer measures each as {@code http_client_requests_seconds{clientName="<service>"}}.
 */
@Path("/api")
interface ServiceApi {

    @GET
    @Path("/{path}")
    Uni<Response> get(@PathParam("path") @Encoded String path, @RestQuery Map<String, String> query,
            @RestHeader("If-None-Match") String etag, @RestHeader("Authorization") String authorization);
}
