package org.chinaauto.gateway.client;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.gateway.config.GatewayConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * One {@link Exchange} per configured downstream service, created at start so that every downstream's metrics are
 * there from the first scrape.
 */
@Startup
@Singleton
public class Exchanges {

    private final Map<String, Exchange> byName = new TreeMap<>();

    public Exchanges(GatewayConfig config, MeterRegistry registry) {
        config.downstream().forEach((name, downstream) -> byName.put(name, new Exchange(name, config.cache().ttl(),
                config.cache().staleTtl(), downstream.timeout(), new DownstreamMetrics(name, registry))));
    }

    Exchange of(String name) {
        Exchange e = byName.get(name);
        if (e == null) {
            throw new ProblemException(404, "Not found", "No downstream service named '" + name + "'; known: "
                    + byName.keySet());
        }
        return e;
    }

    Collection<Exchange> all() {
        return byName.values();
    }

    /** Forgets every downstream answer the gateway knows (tests, and operators through a restart). */
    public void forget() {
        byName.values().forEach(Exchange::forget);
    }
}
