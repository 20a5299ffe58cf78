package org.chinaauto.gateway.rest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.gateway.client.Downstreams;
import org.chinaauto.gateway.client.Relayed;

/**
 * The gateway as the suite's front door: {@code /api/services/{market|exports|deliveries}/...} reaches the
 * same path under the service's {@code /api/}. GETs are guarded and retried like the views' calls; writes
 * (bulk loads) are forwarded once with the caller's Authorization header, never retried.
 */
@Path("/api/services/{service}")
@Tag(name = "Services", description = "Pass-through to each data service's own API")
public class PassThroughResource {

    private final Downstreams downstreams;

    public PassThroughResource(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "GET from a data service", description = "e.g. /api/services/market/figures?segment=nev")
    public Response get(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return relay(downstreams.get(service).fetch(target(path, uri), accept == null ? "application/json" : accept));
    }

    @POST
    @Path("/{path: .+}")
    @Operation(summary = "POST to a data service (bulk loads)", description = "Forwarded once with the caller's "
            + "Authorization and Content-Type, e.g. POST /api/services/market/figures with text/csv.")
    public Response post(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
            @Context HttpHeaders headers, InputStream body, @HeaderParam("Content-Length") Long length) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (String name : new String[] { HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT }) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                forwarded.put(name, value);
            }
        }
        return relay(downstreams.get(service).forward("POST", target(path, uri), forwarded, body, length));
    }

    private static String target(String path, UriInfo uri) {
        if (path.contains("..") || path.startsWith("/")) {
            throw new InvalidInputException("path", "not a service path: " + path);
        }
        String query = uri.getRequestUri().getRawQuery();
        return "api/" + path + (query == null ? "" : "?" + query);
    }

    private static Response relay(Relayed r) {
        return Response.status(r.status()).entity(r.body()).type(r.contentType()).build();
    }
}
