package org.chinaauto.gateway.rest;

import java.util.List;
import java.util.Map;

import org.chinaauto.common.openapi.SuiteDocument;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/** This service's OpenAPI document: the suite's shared parts, and the codes its parameters accept ({@code mp.openapi.filter}). */
public class GatewayDocument extends SuiteDocument {

    /**
     * The pass-through (declared in META-INF/openapi.yaml) may also time out waiting for the data service (504), and a
     * write whose body stops coming is answered 408; the views answer partially instead.
     */
    @Override
    public void filterOpenAPI(OpenAPI document) {
        super.filterOpenAPI(document);
        PathItem passThrough = document.getPaths().getPathItem("/api/services/{service}/{path}");
        if (passThrough != null) {
            passThrough.getOperations().values().forEach(operation -> addProblem(operation, "504"));
            addProblem(passThrough.getPOST(), "408");
        }
    }

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("service", List.of("market", "exports", "deliveries"));
    }
}
