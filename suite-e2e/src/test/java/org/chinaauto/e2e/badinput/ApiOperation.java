package org.chinaauto.e2e.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * One operation of a service's OpenAPI document: what the corpus is enumerated from, so that an endpoint added to a
 * service gets bad input without anyone listing it here.
 *
 * @param service the suite's name of the service (market, exports, deliveries, reports, gateway)
 * @param method GET, POST, ...
 * @param path the templated path, e.g. /api/brands/{slug}
 * @param query the names of its query parameters
 * @param pathParams the names of its path parameters
 * @param bodyTypes the media types of its request body (none for a read)
 */
public record ApiOperation(String service, String method, String path, List<String> query, List<String> pathParams,
        List<String> bodyTypes) {

    /** Every operation under /api of the document. */
    @SuppressWarnings("unchecked")
    static List<ApiOperation> of(String service, String openApiJson) {
        Map<String, Map<String, Object>> paths = JsonPath.from(openApiJson).getMap("paths");
        List<ApiOperation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, value) -> {
            if (!path.startsWith("/api/") || !(value instanceof Map<?, ?>) || "parameters".equals(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<String> query = new ArrayList<>();
            List<String> pathParams = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                switch (String.valueOf(p.get("in"))) {
                    case "query" -> query.add((String) p.get("name"));
                    case "path" -> pathParams.add((String) p.get("name"));
                    default -> {
                    }
                }
            }
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            List<String> types = body == null ? List.of()
                    : List.copyOf(((Map<String, Object>) body.get("content")).keySet());
            operations.add(new ApiOperation(service, method.toUpperCase(), path, query, pathParams, types));
        }));
        return operations;
    }

    boolean isRead() {
        return "GET".equals(method);
    }

    /** The gateway's pass-through route to a data service's operation. */
    boolean isPassThrough() {
        return path.startsWith("/api/services/");
    }

    @Override
    public String toString() {
        return method + " " + service + path;
    }
}
