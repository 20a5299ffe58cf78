package org.chinaauto.gateway.limit;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.RateLimitConfig;

import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a client that has used up its allowance on {@code /api/*} with a 429 problem and {@code Retry-After}
 * (whole seconds until its next request is accepted), before the request reaches an endpoint or a downstream.
 * Health, metrics and the dashboard's files are not limited.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimitConfig config;
    private final RateLimiter limiter;

    RateLimitFilter(GatewayConfig config, RateLimiter limiter) {
        this.config = config.rateLimit();
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.AUTHENTICATION)
    public Response limit(HttpServerRequest request) {
        if (!config.enabled() || !request.path().startsWith("/api/")) {
            return null;
        }
        String client = client(request);
        TokenBucket.Decision decision = limiter.admit(client);
        if (decision.allowed()) {
            return null;
        }
        long retryAfter = Math.max(1, (decision.waitNanos() + 999_999_999L) / 1_000_000_000L);
        if (decision.firstRefusal()) {
            // once per run of refusals, not per refused request
            LOG.warnf("Client %s is over the rate limit (%s requests/s, burst %d); answering 429 until it slows down",
                    client, config.requestsPerSecond(), config.burst());
        }
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter)
                .entity(Problem.of(429, "Too many requests", "More than " + config.requestsPerSecond()
                        + " requests per second (bursts of " + config.burst() + ") from this client; try again in "
                        + retryAfter + " s", request.path()))
                .build();
    }

    private String client(HttpServerRequest request) {
        if (config.trustForwardedFor()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",", 2)[0].strip();
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
