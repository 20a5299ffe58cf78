package org.chinaauto.common.openapi;

import java.util.List;
import java.util.Map;

import org.chinaauto.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers of every operation, declared once: the shared {@code Problem} schema (RFC 9457 with the suite's
 * {@code errors} and {@code trace_id} members) and, per operation, the statuses its kind can give. A read (GET) can
 * be refused as bad input, unacceptable or too long, and can fail; a write (POST, a bulk load, or a PATCH such as a
 * figure's review) can besides be unauthenticated, forbidden, too large or of a type it does not read. 503 carries
 * Retry-After.
 */
final class ProblemResponses {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** What each status means for an operation of this suite, as its description in the document. */
    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("400", "Invalid input: the problem names every offending parameter or field in errors"),
            Map.entry("401", "No valid bearer token (WWW-Authenticate: Bearer)"),
            Map.entry("403", "The token does not grant the editor role"),
            Map.entry("404", "Nothing is known under this name, or no figure for what was asked"),
            Map.entry("406", "None of the accepted media types can be produced"),
            Map.entry("409", "What is asked conflicts with what is stored (a report already loaded, or a figure not "
                    + "ready to load); the problem names why, and nothing was changed"),
            Map.entry("422", "The body was read but a service refuses what it holds; the problem names every "
                    + "refusal, and nothing was changed"),
            Map.entry("408", "The request body stopped coming before it was whole; nothing was passed on"),
            Map.entry("413", "The body is larger than the service's load limit"),
            Map.entry("414", "The path and query are longer than 4000 characters"),
            Map.entry("415", "The body's content type is not one this operation reads"),
            Map.entry("429", "The client has used up its allowance of requests; Retry-After says when to come back"),
            Map.entry("500", "An internal error, logged by the service; trace_id names its trace"),
            Map.entry("503", "The service cannot answer just now (its database or a downstream is unavailable, or it "
                    + "is shutting down); nothing was changed. Retry-After says when to try again"),
            Map.entry("504", "A downstream service did not answer in time"));

    private ProblemResponses() {
    }

    static void addTo(OpenAPI document, boolean rateLimited) {
        document.getComponents().addSchema("Problem", problemSchema());
        document.getComponents().addSchema("FieldError", fieldErrorSchema());
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem item : document.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                for (String status : statuses(entry.getKey(), operation, rateLimited)) {
                    operation.getResponses().addAPIResponse(status, response(status));
                }
            }
        }
    }

    private static List<String> statuses(PathItem.HttpMethod method, Operation operation, boolean rateLimited) {
        boolean named = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        List<String> common = new java.util.ArrayList<>(List.of("400", "406", "414", "500", "503"));
        if (named || method == PathItem.HttpMethod.GET) {
            common.add("404");
        }
        if (rateLimited) {
            common.add("429");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
            common.addAll(List.of("401", "403", "413", "415"));
        }
        return common.stream().sorted().toList();
    }

    static APIResponse response(String status) {
        APIResponse response = OASFactory.createAPIResponse().description(MEANING.get(status))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (status.equals("503") || status.equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(
                            java.math.BigDecimal.ONE).addExample(5)));
        }
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("The scheme to authenticate with")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).addEnumeration("Bearer")));
        }
        return response;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details; members without a value are absent, never null")
                .addProperty("type", string("A URI per kind of problem, stable for clients to switch on")
                        .format("uri").addExample("https://chinaauto.org/problems/invalid-input"))
                .addProperty("title", string("Short summary of the kind of problem").addExample("Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).addExample(400))
                .addProperty("detail", string("What went wrong with this request")
                        .addExample("'SYN-13' is not a period; expected a month (2025-11), quarter (2025-Q3), "
                                + "half (2023-H1), year (2024) or span of months (2025-01/2025-11)"))
                .addProperty("instance", string("The request's path").addExample("/api/summary"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Every offending input (bad input only)")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("trace_id", string("The W3C trace id of the request (5xx answers), to find its logs "
                        + "and spans").pattern("^[0-9a-f]{32}$").addExample("4bf92f3577b34da6a3ce929d0e0e4736"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending input; line is absent where it does not apply")
                .addProperty("line", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).description("The CSV line (the header is line 1) or the "
                                + "position in the JSON array (the first item is 1)").addExample(2))
                .addProperty("field", string("The parameter, column or field").addExample("period"))
                .addProperty("message", string("What is wrong with it").addExample("'SYN-13' is not a period"))
                .required(List.of("message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
