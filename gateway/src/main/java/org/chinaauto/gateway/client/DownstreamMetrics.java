package org.chinaauto.gateway.client;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The meters of one downstream service, tagged {@code downstream}: attempts with their latency, failures by
 * reason, fallbacks by kind, retries, answers served from the cache, and the state of its circuit breaker. Every
 * series exists from the start at zero, so that alert rates are defined before the first failure.
 */
final class DownstreamMetrics {

    private final String downstream;
    private final MeterRegistry registry;
    private final Counter retries;
    private final Counter cacheHits;

    DownstreamMetrics(String downstream, MeterRegistry registry) {
        this.downstream = downstream;
        this.registry = registry;
        this.retries = Counter.builder("gateway.downstream.retries").tag("downstream", downstream)
                .description("Retried GETs to a downstream service").register(registry);
        this.cacheHits = Counter.builder("gateway.cache.hits").tag("downstream", downstream)
                .description("Downstream answers served from the gateway's copy (fresh, or revalidated with 304)")
                .register(registry);
        Gauge.builder("gateway.circuit.breaker.state", this::breakerState).tag("downstream", downstream)
                .description("Circuit breaker of a downstream service: 0 closed, 1 open, 2 half-open").register(registry);
        List.of("success", "failure").forEach(this::attempts);
        List.of("timeout", "connect", "server_error", "other", "breaker_open").forEach(this::failures);
        List.of("stale_cache", "missing").forEach(this::fallbacks);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void attempted(Timer.Sample sample, boolean success) {
        sample.stop(attempts(success ? "success" : "failure"));
    }

    void failed(Throwable failure) {
        failures(DownstreamFailure.reasonOf(failure)).increment();
    }

    void retrying() {
        retries.increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void fellBack(String kind) {
        fallbacks(kind).increment();
    }

    private Timer attempts(String outcome) {
        return Timer.builder("gateway.downstream.request").tag("downstream", downstream).tag("outcome", outcome)
                .description("Calls to a downstream service, each attempt").register(registry);
    }

    private Counter failures(String reason) {
        return Counter.builder("gateway.downstream.failures").tag("downstream", downstream).tag("reason", reason)
                .description("Failed calls to a downstream service, by reason").register(registry);
    }

    private Counter fallbacks(String kind) {
        return Counter.builder("gateway.fallbacks").tag("downstream", downstream).tag("kind", kind)
                .description("Sections served stale or left empty because a downstream failed").register(registry);
    }

    private double breakerState() {
        try {
            return switch (CircuitBreakerMaintenance.get().currentState(downstream)) {
                case CLOSED -> 0;
                case OPEN -> 1;
                case HALF_OPEN -> 2;
            };
        } catch (RuntimeException notYetKnown) {
            return 0;
        }
    }
}
