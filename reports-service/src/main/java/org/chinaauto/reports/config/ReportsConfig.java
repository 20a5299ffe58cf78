package org.chinaauto.reports.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of reports-service, all overridable from the environment (e.g. REPORTS_SERVICES_MARKET_URL). */
@ConfigMapping(prefix = "reports")
public interface ReportsConfig {

    /** The data services accepted figures are loaded into, by name (market, exports, deliveries). */
    Map<String, Downstream> services();

    interface Downstream {

        URI url();

        /** How long a load may take: a report's figures are a few rows, but a service may be busy. */
        @WithDefault("30S")
        Duration timeout();
    }
}
