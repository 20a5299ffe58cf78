package org.chinaauto.gateway.limit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.problem.ProblemAnswer;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.GatewayConfig.RateLimitConfig;
import org.jboss.logging.Logger;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers a client that has used up its allowance on {@code /api/*} with a 429 problem and {@code Retry-After}
 * (whole seconds until its next request is accepted), on the HTTP layer, before any view or the pass-through.
 * The client is the address the framework gives: the connection's, or, for a connection from one of the proxies
 * named in {@code quarkus.http.proxy.trusted-proxies}, the address that proxy puts in X-Forwarded-For. Health,
 * metrics, the dashboard's files and CORS preflights are not limited.
 */
@Singleton
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    /** After the shutdown drain (10,000), before the declared body limit (100) and every route. */
    private static final int PRIORITY = 1_000;

    private final RateLimitConfig config;
    private final ProblemAnswer problems;
    /** How long an empty bucket takes to fill again: {@code burst} tokens, added continuously. */
    private final Duration refill;
    /** A client per address, in memory (so per gateway instance); one quiet until its bucket is full again is forgotten. */
    private final Cache<String, Client> clients;

    /** A client's allowance, and whether its last request was refused (so that a run of refusals is logged once). */
    private record Client(Bucket bucket, AtomicBoolean refused) {
    }

    RateLimitFilter(GatewayConfig config, ProblemAnswer problems) {
        this.config = config.rateLimit();
        this.problems = problems;
        this.refill = Duration.ofMillis((long) Math.ceil(this.config.burst() / this.config.requestsPerSecond() * 1000));
        this.clients = Caffeine.newBuilder().maximumSize(this.config.maxClients()).expireAfterAccess(refill).build();
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    /** Forgets every client (tests start each from a full bucket). */
    public void forget() {
        clients.invalidateAll();
    }

    private void limit(RoutingContext context) {
        String path = context.request().path();
        // a CORS preflight is the browser's question, answered by the CORS filter without any work
        if (path == null || !path.startsWith("/api/") || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String client = context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress();
        Client c = clients.get(client, address -> new Client(Bucket.builder()
                .addLimit(limit -> limit.capacity(config.burst()).refillGreedy(config.burst(), refill)).build(),
                new AtomicBoolean()));
        ConsumptionProbe probe = c.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            c.refused().set(false);
            context.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        if (!c.refused().getAndSet(true)) {
            // once per run of refusals, not per refused request
            LOG.warnf("Client %s is over the rate limit (%s requests/s, burst %d); answering 429 until it slows down",
                    client, config.requestsPerSecond(), config.burst());
        }
        context.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(context, Problem.of(429, "Too many requests", "More than " + config.requestsPerSecond()
                + " requests per second (bursts of " + config.burst() + ") from this client; try again in "
                + retryAfter + " s", path));
    }
}
