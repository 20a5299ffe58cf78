package org.chinaauto.gateway.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway reaches and guards its downstream services; all overridable from the environment. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The most a composed view may take; sections not filled by then are reported as missing. */
    @WithDefault("5S")
    Duration deadline();

    /** The downstream services by name (market, exports, deliveries). */
    Map<String, DownstreamConfig> downstream();

    Breaker breaker();

    /**
     * A bearer token the gateway presents on its own reads, for services whose reads require authentication
     * ({@code QUARKUS_HTTP_AUTH_PERMISSION_READS_POLICY=authenticated}); none by default, as reads are open.
     */
    Optional<String> readToken();

    /** Whose NEV sales a brand's market share is computed against. */
    @WithDefault("CAAM")
    String nevMarketPublisher();

    Cache cache();

    Relay relay();

    RateLimitConfig rateLimit();

    interface DownstreamConfig {
        String url();

        /** Each attempt of a view's read, and the wait for a relayed read's answer. */
        @WithDefault("2S")
        Duration timeout();

        /** The wait for a relayed write's answer (a load of 1,000,000 rows takes about half a minute). */
        @WithDefault("5M")
        Duration writeTimeout();

        /** Retries of a view's failed read (relayed requests are sent once). */
        @WithDefault("2")
        int retries();

        /** First retry delay; doubles on each retry, up to a second. */
        @WithDefault("100MS")
        Duration retryDelay();
    }

    interface Breaker {
        /** Calls in the rolling window that the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through. */
        @WithDefault("10S")
        Duration delay();

        @WithDefault("2")
        int successThreshold();
    }

    /** The pass-through to the services' own API ({@code /api/services/...}). */
    interface Relay {
        /** How long a caller may pause while sending a body before it is answered 408 and the request dropped. */
        @WithDefault("30S")
        Duration bodyIdleTimeout();
    }

    /** The rate limit per client on {@code /api/*}: {@link #burst()} requests, refilled at {@link #requestsPerSecond()}. */
    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        /** The sustained rate each client may keep up. */
        @WithDefault("50")
        double requestsPerSecond();

        /** How many requests a client that has been quiet may send at once. */
        @WithDefault("100")
        int burst();

        /** The most clients remembered (a client quiet long enough for its bucket to be full again is forgotten). */
        @WithDefault("100000")
        int maxClients();
    }

    interface Cache {
        /** Answers younger than this are served without calling the downstream. */
        @WithDefault("15S")
        Duration ttl();

        /** Answers younger than this are served, marked stale, when the downstream fails. */
        @WithDefault("1H")
        Duration staleTtl();
    }
}
