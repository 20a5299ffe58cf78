package org.chinaauto.market.rest;

import java.util.List;
import java.util.Map;

import org.chinaauto.common.openapi.SuiteDocument;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;

/** This service's OpenAPI document: the suite's shared parts, and the codes its parameters accept ({@code mp.openapi.filter}). */
public class MarketDocument extends SuiteDocument {

    @Override
    protected Map<String, List<String>> choices() {
        return Map.of("measure", codes(Measure.class), "segment", codes(Segment.class));
    }
}
