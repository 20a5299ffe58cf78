package org.chinaauto.reports.report;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/**
 * What a proposed figure measures, and the service that keeps such figures: market-service production, sales and
 * shares, exports-service exports, deliveries-service deliveries. Retail, wholesale, a growth rate on its own and a
 * target are read and reviewed but kept by no service's figure load.
 */
public enum Measure implements CodedEnum {
    PRODUCTION("market"), SALES("market"), RETAIL(null), WHOLESALE(null), EXPORTS("exports"),
    DELIVERIES("deliveries"), SHARE("market"), GROWTH(null), TARGET(null);

    private final String service;

    Measure(String service) {
        this.service = service;
    }

    /** The service whose load takes such figures; null for none. */
    public String service() {
        return service;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
