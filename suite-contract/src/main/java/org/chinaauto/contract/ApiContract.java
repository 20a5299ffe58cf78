package org.chinaauto.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The committed OpenAPI document of one module as a contract an answer must meet: its operation (method and path
 * template) declares the answer's status, the status declares the media type, and the media type's schema accepts the
 * JSON body. Documents and compiled schemas are loaded once per test JVM.
 */
public final class ApiContract {

    /**
     * -Dapi.contract.enforce=false reports departures instead of failing the test that met them: to list every
     * departure of a module in one run while a document is being corrected. Never off in CI.
     */
    private static final boolean ENFORCED = !"false".equals(System.getProperty("api.contract.enforce"));
    private static final Map<String, ApiContract> CONTRACTS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final ApiDocument document;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ApiContract(ApiDocument document) {
        this.document = document;
        // compiled up front, so that no answer waits for it (a stub's delayed answer times the gateway out)
        for (ApiDocument.Operation operation : document.operations) {
            operation.responses().fields().forEachRemaining(response -> response.getValue().path("content").fields()
                    .forEachRemaining(media -> {
                        if (isJson(media.getKey()) && media.getValue().has("schema")) {
                            compiled.put(location(operation, response.getKey(), media.getKey()),
                                    compile(media.getValue().get("schema")));
                        }
                    }));
        }
    }

    /** The contract of {@code module} (market-service, exports-service, deliveries-service, gateway). */
    public static ApiContract of(String module) {
        return CONTRACTS.computeIfAbsent(module, m -> new ApiContract(ApiDocument.load(m)));
    }

    public String module() {
        return document.name;
    }

    /** The document itself, as JSON: to check a consumer's own types against its schemas. */
    public JsonNode document() {
        return document.root;
    }

    /** The templated paths of the document's operations of {@code method}, e.g. {@code /api/brands/{slug}}. */
    public Set<String> templates(String method) {
        return document.operations.stream().filter(o -> o.method().equals(method)).map(ApiDocument.Operation::template)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Whether the document has an operation for {@code method} on {@code path}. */
    public boolean declares(String method, String path) {
        return document.find(method, path).isPresent();
    }

    /**
     * Checks one answer and counts it; throws an {@link AssertionError} naming every way it departs from the document.
     *
     * @param contentType the answer's Content-Type header (null or empty when it has none)
     * @param body the answer's body as text (null or empty when it has none)
     */
    public void verify(String method, String path, int status, String contentType, String body) {
        List<String> departures = departures(method, path, status, contentType, body);
        if (!departures.isEmpty() && !ENFORCED) {
            departures.forEach(d -> System.err.println("api contract (not enforced): " + d));
        } else if (!departures.isEmpty()) {
            throw new AssertionError(String.join("\n", departures));
        }
    }

    /** Checks one answer and counts it: each way it departs from the document, with the answer (none when it meets it). */
    public List<String> departures(String method, String path, int status, String contentType, String body) {
        List<String> violations = check(method, path, status, contentType, body);
        ContractLedger.count(document.name, document.operations.size(),
                document.find(method, path).map(Object::toString).orElse(ContractLedger.NO_OPERATION), status,
                violations.isEmpty());
        if (violations.isEmpty()) {
            return violations;
        }
        return List.of("answer " + status + " " + (contentType == null ? "" : contentType) + " to " + method + " "
                + path + " departs from api/" + document.name + "/openapi.json: " + String.join("; ", violations)
                + "\nbody: " + abbreviate(body));
    }

    /** The ways an answer departs from the document (none when it meets it). */
    private List<String> check(String method, String path, int status, String contentType, String body) {
        List<String> violations = new ArrayList<>();
        var operation = document.find(method, path);
        if (operation.isEmpty() && "OPTIONS".equalsIgnoreCase(method)) {
            return violations; // a CORS preflight, answered by the HTTP layer's CORS filter: no document describes it
        }
        if (operation.isEmpty()) {
            // a path or method the service does not have: the document cannot name it, the answer must say so
            if ((status != 404 && status != 405) || contentType == null
                    || !contentType.startsWith("application/problem+json")) {
                violations.add("no operation " + method + " " + path + ", and the answer is not a 404 or 405 problem");
            }
            return violations;
        }
        String key = String.valueOf(status);
        JsonNode response = operation.get().responses().get(key);
        if (response == null) {
            key = status / 100 + "XX";
            response = operation.get().responses().get(key);
        }
        if (response == null) {
            key = "default";
            response = operation.get().responses().get(key);
        }
        if (response == null) {
            violations.add("status " + status + " is not declared by " + operation.get());
            return violations;
        }
        boolean hasBody = body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method);
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                violations.add(operation.get() + " " + status + " declares no body, but the answer has one");
            }
            return violations;
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String declared = declaredMedia(content, media);
        if (declared == null) {
            violations.add("media type '" + media + "' is not declared for " + operation.get() + " " + status
                    + " (declared: " + String.join(", ", iterable(content.fieldNames())) + ")");
            return violations;
        }
        JsonNode schema = content.get(declared).get("schema");
        if (hasBody && schema != null && isJson(media)) {
            try {
                for (ValidationMessage m : compiled.computeIfAbsent(location(operation.get(), key, declared),
                        l -> compile(schema))
                        .validate(JSON.readTree(body))) {
                    violations.add(m.getMessage());
                }
            } catch (IOException e) {
                violations.add("body is not JSON: " + e.getMessage());
            }
        }
        return violations;
    }

    private static String declaredMedia(JsonNode content, String media) {
        if (content.has(media)) {
            return media;
        }
        String range = media.contains("/") ? media.substring(0, media.indexOf('/')) + "/*" : "";
        return content.has(range) ? range : content.has("*/*") ? "*/*" : null;
    }

    /** A response schema as a schema of its own: the document's components beside it, so that its $refs resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.root.path("components"));
        JsonSchema compiledSchema = SCHEMAS.getSchema(root);
        compiledSchema.initializeValidators();
        return compiledSchema;
    }

    private static boolean isJson(String media) {
        return media.endsWith("/json") || media.endsWith("+json") || "*/*".equals(media);
    }

    /** Where a response schema is in the document (a JSON pointer): the key of its compiled schema. */
    private static String location(ApiDocument.Operation operation, String status, String media) {
        return "/paths/" + escape(operation.template()) + "/" + operation.method().toLowerCase(Locale.ROOT)
                + "/responses/" + status + "/content/" + escape(media) + "/schema";
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static Iterable<String> iterable(java.util.Iterator<String> names) {
        return () -> names;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
