package org.chinaauto.gateway.rest;

import java.util.List;
import java.util.Map;


import org.chinaauto.common.openapi.SuiteDocument;

/** This service's OpenAPI document: the suite's shared parts, and the codes its parameters accept ({@code mp.openapi.filter}). */
public class GatewayDocument extends SuiteDocument {

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("measure", List.of("exports", "production", "sales"), "segment", ViewResource.SEGMENTS,
                "service", List.of("market", "exports", "deliveries"));
    }
}
