package org.chinaauto.gateway.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.GatewayConfig.DownstreamConfig;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One data service as the views read it: a REST client guarded by SmallRye Fault Tolerance (a timeout per attempt,
 * retries with exponential backoff, the service's circuit breaker; reported as {@code ft_*{method="<service>"}}),
 * and the last good answer of every read with its ETag. Younger than the cache TTL, an answer is used without a
 * call; older, the call asks with If-None-Match and keeps its copy on 304; when the call fails, the copy is served
 * marked stale while younger than the stale TTL. A 4xx is the service's answer (rejected), not a failure.
 */
final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private final String name;
    private final ServiceApi api;
    private final TypedGuard<Uni<Answer<?>>> guard;
    private final ObjectMapper json;
    private final String authorization;
    private final Duration ttl;
    private final Duration timeout;
    private final Cache<String, Known> known;

    /** A good answer, its ETag (null when the service sent none) and when it was fetched or last revalidated. */
    private record Known(Object data, String etag, Instant at) {
    }

    /** A 5xx: a failure to retry and to count against the breaker. */
    private static final class ServerError extends RuntimeException {
        ServerError(String message) {
            super(message, null, false, false);
        }
    }

    Downstream(String name, DownstreamConfig downstream, GatewayConfig config, ObjectMapper json) {
        this.name = name;
        this.json = json;
        this.authorization = config.readToken().map(token -> "Bearer " + token).orElse(null);
        this.ttl = config.cache().ttl();
        this.timeout = downstream.timeout();
        Duration staleTtl = config.cache().staleTtl();
        this.known = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(staleTtl.isZero() ? ttl : staleTtl).build();
        this.api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(downstream.url()))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).disableDefaultMapper(true)
                // named, so that its requests are measured as clientName="<service>"
                .httpClientOptionsCustomizer(options -> options.setMetricsName("rest-client|" + name))
                .build(ServiceApi.class);
        GatewayConfig.Breaker breaker = config.breaker();
        this.guard = TypedGuard.create(new TypeLiteral<Uni<Answer<?>>>() {
        }).withDescription(name)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(downstream.retries()).delay(downstream.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .abortOn(CircuitBreakerOpenException.class)
                .withExponentialBackoff().factor(2).maxDelay(1, ChronoUnit.SECONDS).done().done()
                .withCircuitBreaker().name(name).requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio()).delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold()).done()
                .build();
    }

    /**
     * The answer of {@code path} with {@code query}, known under {@code key}: without a call while younger than the
     * TTL, otherwise the guarded call, and the last good answer (stale) or none when that fails.
     */
    @SuppressWarnings("unchecked")
    <T> Uni<Answer<T>> get(Read<T> read, String path, Map<String, String> query, String key) {
        Known k = known.getIfPresent(key);
        if (k != null && k.at().plus(ttl).isAfter(Instant.now())) {
            return Uni.createFrom().item(new Answer<>(name, Answer.Status.COMPLETE, (T) k.data(), k.at(), null));
        }
        Uni<Answer<?>> answer = guard.get(() -> api.get(path, query, k == null ? null : k.etag(), authorization)
                .map(reply -> answer(read, key, k, reply)));
        return (Uni<Answer<T>>) (Uni<?>) answer.onFailure().recoverWithItem(failure -> lastGood(key, failure));
    }

    /** Forgets every known answer (tests, and operators through a restart). */
    void forget() {
        known.invalidateAll();
    }

    private Answer<?> answer(Read<?> read, String key, Known k, Response reply) {
        int status = reply.getStatus();
        Instant now = Instant.now();
        if (status == 304 && k != null) {
            known.put(key, new Known(k.data(), k.etag(), now));
            return new Answer<>(name, Answer.Status.COMPLETE, k.data(), now, null);
        }
        if (status >= 500) {
            throw new ServerError(name + " answered HTTP " + status);
        }
        byte[] body = reply.readEntity(byte[].class);
        if (status >= 400) {
            return new Answer<>(name, Answer.Status.REJECTED, null, now, rejection(status, body));
        }
        Object data;
        try {
            data = json.readValue(body, json.getTypeFactory().constructType(read.type()));
        } catch (IOException e) {
            throw new ServerError(name + " answered what the gateway cannot read: " + e.getMessage());
        }
        known.put(key, new Known(data, reply.getHeaderString(HttpHeaders.ETAG), now));
        return new Answer<>(name, Answer.Status.COMPLETE, data, now, null);
    }

    /** The service's own problem, or one saying what the status says. */
    private Problem rejection(int status, byte[] body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            if (problem.title() != null && problem.detail() != null) {
                return Problem.of(status, problem.title(), problem.detail(), null);
            }
        } catch (IOException | RuntimeException notAProblem) {
            // the status says enough
        }
        return Problem.of(status, "HTTP " + status, name + " answered HTTP " + status, null);
    }

    /** The fallback of a failed read: its last good answer marked stale while younger than the stale TTL, or none. */
    private Answer<?> lastGood(String key, Throwable failure) {
        Problem problem = Problem.of(503, "Downstream unavailable", why(failure), null);
        Known k = known.getIfPresent(key);
        LOG.warnf("%s %s: %s; %s", name, key, problem.detail(), k == null ? "nothing to show" : "served stale");
        return k == null ? Answer.unavailable(name, problem)
                : new Answer<>(name, Answer.Status.STALE, k.data(), k.at(), problem);
    }

    private String why(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ConnectException)) {
            cause = cause.getCause();
        }
        return failure instanceof CircuitBreakerOpenException
                ? name + " is failing repeatedly; its circuit breaker is open and calls are paused"
                : failure instanceof TimeoutException ? name + " did not answer within " + timeout.toMillis() + " ms"
                : cause instanceof ConnectException ? name + " is unreachable (connection refused)"
                : failure instanceof ServerError ? failure.getMessage() : name + " failed: " + failure.getMessage();
    }
}
