package org.chinaauto.gateway.rest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.load.LoadReport;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.DeliveriesClient;
import org.chinaauto.gateway.client.ExportsClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.client.Relay;
import org.chinaauto.gateway.client.Relayed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The gateway as the suite's front door: {@code /api/services/{market|exports|deliveries}/...} reaches the
 * same path under the service's {@code /api/}. GETs are guarded and retried like the views' calls; writes
 * (bulk loads) are streamed through once with the caller's Authorization header, never retried.
 */
@Path("/api/services/{service}")
@Tag(name = "Services", description = "Pass-through to each data service's own API")
public class PassThroughResource {

    private final MarketClient market;
    private final ExportsClient exports;
    private final DeliveriesClient deliveries;
    private final Relay relay;

    public PassThroughResource(MarketClient market, ExportsClient exports, DeliveriesClient deliveries, Relay relay) {
        this.market = market;
        this.exports = exports;
        this.deliveries = deliveries;
        this.relay = relay;
    }

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "GET from a data service", description = "e.g. /api/services/market/figures?segment=nev")
    @APIResponse(responseCode = "200", description = "The data service's answer as it gave it (JSON or, where the service "
            + "offers it, CSV), described by that service's own document", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(description = "The data service's "
                            + "answer, as its OpenAPI document describes it")),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Uni<Response> get(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        String target = target(path, uri);
        String type = accept == null ? "application/json" : accept;
        Uni<Answer<Relayed>> answer = switch (service) {
            case "market" -> market.relay(target, type);
            case "exports" -> exports.relay(target, type);
            case "deliveries" -> deliveries.relay(target, type);
            default -> throw unknown(service);
        };
        return answer.map(a -> {
            if (a.data() == null) {
                Problem p = a.problem();
                throw new ProblemException(p.status(), p.title(), p.detail());
            }
            return relay(a.data());
        });
    }

    @POST
    @Path("/{path: .+}")
    @Blocking
    @Operation(summary = "POST to a data service (bulk loads)", description = "Forwarded once with the caller's "
            + "Authorization and Content-Type, e.g. POST /api/services/market/figures with text/csv.")
    @RequestBody(required = true, description = "The bulk load as the data service reads it: CSV with its columns, or a "
            + "JSON array of rows", content = { @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            description = "Rows with the CSV column names as fields, as the data service's document "
                                    + "describes them", implementation = Object.class)) })
    @APIResponse(responseCode = "200", description = "The data service's load report, as its OpenAPI document describes it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoadReport.class)))
    public Response post(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
            @Context HttpHeaders headers, InputStream body, @HeaderParam("Content-Length") Long length) {
        if (!List.of("market", "exports", "deliveries").contains(service)) {
            throw unknown(service);
        }
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (String name : new String[] { HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT }) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                forwarded.put(name, value);
            }
        }
        return relay(relay.forward(service, "POST", target(path, uri), forwarded, body, length));
    }

    private static ProblemException unknown(String service) {
        return new ProblemException(404, "Not found", "No downstream service named '" + service
                + "'; known: [deliveries, exports, market]");
    }

    /** The service's path under its /api/, as the caller encoded it (decoded, a CR LF could end the request line). */
    private static String target(String path, UriInfo uri) {
        if (path.contains("..") || path.startsWith("/")) {
            throw new InvalidInputException("path", "not a service path: " + path);
        }
        String raw = uri.getRequestUri().getRawPath();
        String rawPath = raw.substring(raw.indexOf('/', "/api/services/".length()) + 1);
        String query = uri.getRequestUri().getRawQuery();
        return "api/" + rawPath + (query == null ? "" : "?" + query);
    }

    private static Response relay(Relayed r) {
        Response.ResponseBuilder answer = Response.status(r.status()).entity(r.body()).type(r.contentType());
        return (r.challenge() == null ? answer : answer.header(HttpHeaders.WWW_AUTHENTICATE, r.challenge())).build();
    }
}
