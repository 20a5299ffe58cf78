package org.chinaauto.deliveries.rest;

import java.util.List;
import java.util.Map;

import org.chinaauto.common.openapi.SuiteDocument;
import org.chinaauto.deliveries.delivery.SubjectKind;

/** This service's OpenAPI document: the suite's shared parts, and the codes its parameters accept ({@code mp.openapi.filter}). */
public class DeliveriesDocument extends SuiteDocument {

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("level", codes(SubjectKind.class));
    }
}
