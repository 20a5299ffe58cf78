package org.chinaauto.gateway.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.config.GatewayConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One downstream service as the gateway sees it. GETs have their own timeout, are retried with exponential
 * backoff, go through a circuit breaker of this service's own, and are cached briefly; when a GET fails, the
 * last good answer is served marked stale. A 4xx is the downstream's answer, not a failure. Writes are
 * forwarded once, never retried.
 */
public class Downstream {

    private final String name;
    private final URI base;
    private final Duration timeout;
    private final Duration writeTimeout;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Guard reads;
    private final Duration ttl;
    private final Duration staleTtl;
    private final String authorization;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicInteger breakerState = new AtomicInteger();

    private final MeterRegistry registry;
    private final Counter retries;
    private final Counter cacheHits;

    private record Cached(JsonNode data, Instant at) {
    }

    private record Reply(int status, byte[] body, String contentType) {
    }

    public Downstream(String name, GatewayConfig.DownstreamConfig config, GatewayConfig gateway, HttpClient http,
            ObjectMapper json, MeterRegistry registry) {
        this.name = name;
        this.base = URI.create(config.url().endsWith("/") ? config.url() : config.url() + "/");
        this.timeout = config.timeout();
        this.writeTimeout = config.writeTimeout();
        this.http = http;
        this.json = json;
        this.ttl = gateway.cache().ttl();
        this.staleTtl = gateway.cache().staleTtl();
        this.authorization = gateway.readToken().map(token -> "Bearer " + token).orElse(null);
        this.registry = registry;
        this.retries = Counter.builder("gateway.downstream.retries").tag("downstream", name)
                .description("Retried GETs to a downstream service").register(registry);
        this.cacheHits = Counter.builder("gateway.cache.hits").tag("downstream", name)
                .description("Downstream answers served from the gateway's cache").register(registry);
        Gauge.builder("gateway.circuit.breaker.state", breakerState, AtomicInteger::get).tag("downstream", name)
                .description("Circuit breaker of a downstream service: 0 closed, 1 open, 2 half-open").register(registry);
        // every series exists from the start at zero, so that alert rates are defined before the first failure
        List.of("success", "failure").forEach(this::requestTimer);
        List.of("timeout", "connect", "server_error", "other", "breaker_open").forEach(this::failures);
        List.of("stale_cache", "missing").forEach(this::fallbacks);

        GatewayConfig.Breaker breaker = gateway.breaker();
        this.reads = Guard.create()
                .withRetry().maxRetries(config.retries()).delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(1, ChronoUnit.SECONDS).done()
                .retryOn(DownstreamFailure.class).beforeRetry((Runnable) retries::increment).done()
                .withCircuitBreaker().name(breakerName(name))
                .requestVolumeThreshold(breaker.requestVolume()).failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS).successThreshold(breaker.successThreshold())
                .failOn(DownstreamFailure.class).onStateChange(this::onBreakerState).done()
                .build();
    }

    public static String breakerName(String downstream) {
        return "gateway-" + downstream;
    }

    public String name() {
        return name;
    }

    /**
     * A guarded, cached GET of {@code pathAndQuery} (relative to the service root, e.g. {@code api/summary?period=2025-11}).
     * The cache key is the whole path and query, so an answer is only ever reused (or served stale) for the same
     * snapshot ({@code vintage}, {@code asOf}).
     */
    public Answer get(String pathAndQuery) {
        Cached cached = cache.get(pathAndQuery);
        if (cached != null && cached.at().plus(ttl).isAfter(Instant.now())) {
            cacheHits.increment();
            return new Answer(name, Answer.Status.COMPLETE, cached.data(), cached.at(), null);
        }
        try {
            Reply reply = reads.get(() -> send(pathAndQuery, "application/json"), Reply.class);
            JsonNode body = parse(reply);
            if (reply.status() >= 400) {
                return new Answer(name, Answer.Status.REJECTED, null, Instant.now(), problemOf(reply.status(), body));
            }
            Instant now = Instant.now();
            cache.put(pathAndQuery, new Cached(body, now));
            return new Answer(name, Answer.Status.COMPLETE, body, now, null);
        } catch (RuntimeException e) {
            Problem problem = failureProblem(e);
            if (cached != null && cached.at().plus(staleTtl).isAfter(Instant.now())) {
                fallback("stale_cache");
                return new Answer(name, Answer.Status.STALE, cached.data(), cached.at(), problem);
            }
            fallback("missing");
            return Answer.unavailable(name, problem);
        }
    }

    /**
     * A guarded GET passed through as it is (any content type, not cached), for the gateway's pass-through
     * routes; a failure becomes a 503 or 504 problem.
     */
    public Relayed fetch(String pathAndQuery, String accept) {
        try {
            Reply reply = reads.get(() -> send(pathAndQuery, accept), Reply.class);
            return new Relayed(reply.status(), reply.body(), reply.contentType());
        } catch (RuntimeException e) {
            Problem p = failureProblem(e);
            throw new org.chinaauto.common.problem.ProblemException(p.status(), p.title(), p.detail());
        }
    }

    /**
     * Forwards a request once (no retry), for writes passed through the gateway: the body is streamed through as it
     * arrives (a bulk load can be hundreds of megabytes), with its length when the caller declared one, and the
     * write has its own, longer timeout.
     */
    public Relayed forward(String method, String pathAndQuery, Map<String, String> headers, InputStream body,
            Long length) {
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        if (length != null) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher, length);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(writeTimeout)
                .method(method, publisher);
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Relayed(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse("application/octet-stream"));
        } catch (HttpTimeoutException e) {
            throw new org.chinaauto.common.problem.ProblemException(504, "Downstream timeout",
                    name + " did not answer the write within " + writeTimeout.toSeconds() + " s; it may still complete");
        } catch (IOException e) {
            throw new org.chinaauto.common.problem.ProblemException(503, "Downstream unavailable",
                    name + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.chinaauto.common.problem.ProblemException(503, "Downstream unavailable", "interrupted");
        }
    }

    private Reply send(String pathAndQuery, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .header("Accept", accept).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 500) {
                throw failure("server_error", name + " answered HTTP " + response.statusCode(), null);
            }
            outcome = "success";
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse("application/octet-stream"));
        } catch (HttpTimeoutException e) {
            throw failure("timeout", name + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw failure("connect", name + " is unreachable (connection refused)", e);
        } catch (IOException e) {
            throw failure("other", name + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("other", "interrupted while calling " + name, e);
        } finally {
            sample.stop(requestTimer(outcome));
        }
    }

    private Timer requestTimer(String outcome) {
        return Timer.builder("gateway.downstream.request").tag("downstream", name).tag("outcome", outcome)
                .description("Calls to a downstream service, each attempt").register(registry);
    }

    private Counter failures(String reason) {
        return Counter.builder("gateway.downstream.failures").tag("downstream", name).tag("reason", reason)
                .description("Failed calls to a downstream service, by reason").register(registry);
    }

    private Counter fallbacks(String kind) {
        return Counter.builder("gateway.fallbacks").tag("downstream", name).tag("kind", kind)
                .description("Sections served stale or left empty because a downstream failed").register(registry);
    }

    private DownstreamFailure failure(String reason, String message, Throwable cause) {
        failures(reason).increment();
        return new DownstreamFailure(reason, message, cause);
    }

    private void fallback(String kind) {
        fallbacks(kind).increment();
    }

    private Problem failureProblem(RuntimeException e) {
        if (e instanceof CircuitBreakerOpenException) {
            failures("breaker_open").increment();
            return Problem.of(503, "Downstream unavailable",
                    name + " is failing repeatedly; its circuit breaker is open and calls are paused", null);
        }
        String detail = e instanceof DownstreamFailure ? e.getMessage() : name + " failed: " + e.getMessage();
        return Problem.of(503, "Downstream unavailable", detail, null);
    }

    private JsonNode parse(Reply reply) {
        if (reply.body().length == 0) {
            return null;
        }
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            if (reply.status() >= 400) {
                return null;
            }
            throw failure("other", name + " answered with unreadable JSON", e);
        }
    }

    private Problem problemOf(int status, JsonNode body) {
        String title = body != null && body.hasNonNull("title") ? body.get("title").asText() : "HTTP " + status;
        String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asText()
                : name + " answered HTTP " + status;
        return Problem.of(status, title, detail, null);
    }

    private void onBreakerState(CircuitBreakerState state) {
        breakerState.set(switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
        });
    }

    /** The breaker's current state, for health and tests. */
    public CircuitBreakerState breakerState() {
        return CircuitBreakerMaintenance.get().currentState(breakerName(name));
    }

    /** Forgets cached answers (tests, and operators through a restart). */
    public void clearCache() {
        cache.clear();
    }
}
