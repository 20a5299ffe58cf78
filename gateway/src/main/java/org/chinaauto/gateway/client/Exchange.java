package org.chinaauto.gateway.client;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import org.chinaauto.common.problem.Problem;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's side of the conversation with one downstream service. It keeps the last good answer of every
 * request with its ETag: younger than the TTL, the answer is used without a call; older, the call asks with
 * If-None-Match and keeps its copy on 304; when the call fails, the copy is served marked stale while younger than
 * the stale TTL. A 4xx is the downstream's answer (rejected), a 5xx a failure to retry and count against the
 * breaker. The wrapper beans ({@link MarketClient}, ...) put the fault tolerance around {@link #fetch}.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);

    private final String name;
    private final Duration ttl;
    private final Duration timeout;
    private final DownstreamMetrics metrics;
    private final Cache<String, Known<?>> known;

    /** A good answer, its ETag (null when the downstream sent none) and when it was fetched or last revalidated. */
    private record Known<T>(T data, String etag, Instant at) {
    }

    Exchange(String name, Duration ttl, Duration staleTtl, Duration timeout, DownstreamMetrics metrics) {
        this.name = name;
        this.ttl = ttl;
        this.timeout = timeout;
        this.metrics = metrics;
        this.known = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(staleTtl.isZero() ? ttl : staleTtl)
                .build();
    }

    String name() {
        return name;
    }

    /**
     * The answer known for the call while younger than the TTL, without a call; otherwise the guarded call (which
     * revalidates what is known).
     */
    <T> Uni<Answer<T>> get(Call<T> call, Function<Call<T>, Uni<Answer<?>>> guarded) {
        Known<T> k = known(call);
        if (k != null && k.at().plus(ttl).isAfter(Instant.now())) {
            metrics.cacheHit();
            return Uni.createFrom().item(new Answer<>(name, Answer.Status.COMPLETE, k.data(), k.at(), null));
        }
        return typed(guarded.apply(call));
    }

    /**
     * The guarded call's answer as the call's type: the guarded method is declared with wildcards, as the fault
     * tolerance matches a fallback method by its exact types, but answers what its call fetches.
     */
    @SuppressWarnings("unchecked")
    static <T> Uni<Answer<T>> typed(Uni<Answer<?>> answer) {
        return (Uni<Answer<T>>) (Uni<?>) answer;
    }

    /** One attempt of the call, conditional when an answer is known: what the fault tolerance guards and retries. */
    <T> Uni<Answer<?>> fetch(Call<T> call) {
        Known<T> k = known(call);
        Timer.Sample sample = metrics.start();
        return call.request().apply(k == null ? null : k.etag())
                .<Answer<?>> map(reply -> answer(call, k, reply))
                .onFailure(WebApplicationException.class).recoverWithItem(e -> rejected((WebApplicationException) e))
                .onItemOrFailure().invoke((answer, failure) -> metrics.attempted(sample, failure == null));
    }

    /** The fallback of a failed call: the last good answer marked stale while younger than the stale TTL, or none. */
    Uni<Answer<?>> lastGood(Call<?> call, Throwable failure) {
        metrics.failed(failure);
        Problem problem = DownstreamFailure.problemOf(name, failure, timeout.toMillis());
        LOG.warnf("%s: %s", call.key(), problem.detail());
        Known<?> k = known(call);
        if (k != null) {
            metrics.fellBack("stale_cache");
            return Uni.createFrom().item(new Answer<>(name, Answer.Status.STALE, k.data(), k.at(), problem));
        }
        metrics.fellBack("missing");
        return Uni.createFrom().item(Answer.unavailable(name, problem));
    }

    /** Counts a failed attempt that is about to be retried (the last failure is counted by {@link #lastGood}). */
    void retrying(Throwable failure) {
        metrics.failed(failure);
        metrics.retrying();
    }

    /** Forgets every known answer (tests, and operators through a restart). */
    void forget() {
        known.invalidateAll();
    }

    private <T> Answer<T> answer(Call<T> call, Known<T> k, RestResponse<T> reply) {
        int status = reply.getStatus();
        Instant now = Instant.now();
        if (status == 304 && k != null) {
            known.put(call.key(), new Known<>(k.data(), k.etag(), now));
            metrics.cacheHit();
            return new Answer<>(name, Answer.Status.COMPLETE, k.data(), now, null);
        }
        if (status >= 500) {
            throw new DownstreamFailure("server_error", name + " answered HTTP " + status, null);
        }
        if (call.remembered()) {
            known.put(call.key(), new Known<>(reply.getEntity(), reply.getHeaderString(HttpHeaders.ETAG), now));
        }
        return new Answer<>(name, Answer.Status.COMPLETE, reply.getEntity(), now, null);
    }

    /**
     * An error status, which the REST client raises: a 4xx is the downstream's answer (its problem, no data), a 5xx
     * a failure.
     */
    private <T> Answer<T> rejected(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response.getStatus();
        if (status >= 500) {
            throw new DownstreamFailure("server_error", name + " answered HTTP " + status, e);
        }
        Problem problem = null;
        try {
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            // not a problem document: the status says enough
        }
        String title = problem != null && problem.title() != null ? problem.title() : "HTTP " + status;
        String detail = problem != null && problem.detail() != null ? problem.detail() : name + " answered HTTP " + status;
        return new Answer<>(name, Answer.Status.REJECTED, null, Instant.now(), Problem.of(status, title, detail, null));
    }

    @SuppressWarnings("unchecked")
    private <T> Known<T> known(Call<T> call) {
        return call.remembered() ? (Known<T>) known.getIfPresent(call.key()) : null;
    }
}
