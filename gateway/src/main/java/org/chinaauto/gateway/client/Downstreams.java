package org.chinaauto.gateway.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.gateway.config.GatewayConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The configured downstream services, one {@link Downstream} (and so one circuit breaker) each; created at
 * start so that their metrics are there from the first scrape.
 */
@Startup
@Singleton
public class Downstreams {

    private final Map<String, Downstream> byName = new TreeMap<>();

    public Downstreams(GatewayConfig config, ObjectMapper json, MeterRegistry registry) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        config.downstream().forEach((name, downstream) ->
                byName.put(name, new Downstream(name, downstream, config, http, json, registry)));
    }

    public Downstream get(String name) {
        Downstream d = byName.get(name);
        if (d == null) {
            throw new ProblemException(404, "Not found", "No downstream service named '" + name + "'; known: " + byName.keySet());
        }
        return d;
    }

    public Iterable<Downstream> all() {
        return byName.values();
    }
}
