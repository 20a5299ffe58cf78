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
        for (String path : new String[] { "/api/services/{service}/{path}", "/api/services/reports/{path}" }) {
            PathItem passThrough = document.getPaths().getPathItem(path);
            if (passThrough != null) {
                passThrough.getOperations().values().forEach(operation -> addProblem(operation, "504"));
                addProblem(passThrough.getPOST(), "408");
            }
        }
        PathItem reports = document.getPaths().getPathItem("/api/services/reports/{path}");
        if (reports != null) {
            // a report is not loaded while a figure lacks what its service needs (409), nor with rows its service
            // refuses (422); a loaded report's figures are no longer reviewed (409)
            addProblem(reports.getPOST(), "409");
            addProblem(reports.getPOST(), "422");
            addProblem(reports.getPATCH(), "409");
        }
    }

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("service", List.of("market", "exports", "deliveries"));
    }
}
