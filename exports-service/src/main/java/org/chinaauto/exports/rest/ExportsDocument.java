package org.chinaauto.exports.rest;

import java.util.List;
import java.util.Map;

import org.chinaauto.common.openapi.SuiteDocument;
import org.chinaauto.exports.figure.Powertrain;

/** This service's OpenAPI document: the suite's shared parts, and the codes its parameters accept ({@code mp.openapi.filter}). */
public class ExportsDocument extends SuiteDocument {

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("powertrain", codes(Powertrain.class));
    }
}
