package org.chinaauto.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway reaches and guards the data services, and guards itself; all overridable from the environment. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The most a composed view may take; sections not filled by then are reported as missing. */
    @WithDefault("5S")
    Duration deadline();

    /** The data services by name (market, exports, deliveries). */
    Map<String, DownstreamConfig> downstream();

    Breaker breaker();

    /** A bearer token for the gateway's own reads, where the services' reads require one; none by default. */
    Optional<String> readToken();

    /** Whose NEV sales a brand's market share is computed against. */
    @WithDefault("CAAM")
    String nevMarketPublisher();

    Cache cache();

    Relay relay();

    RateLimitConfig rateLimit();

    Changes changes();

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

    /** Each data service's breaker: opened by the failure ratio over the last calls, tried again after the delay. */
    interface Breaker {
        @WithDefault("10")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("10S")
        Duration delay();

        @WithDefault("2")
        int successThreshold();
    }

    interface Cache {
        /** Answers younger than this are used without calling the service. */
        @WithDefault("15S")
        Duration ttl();

        /** Answers younger than this are served, marked stale, when the service fails. */
        @WithDefault("1H")
        Duration staleTtl();
    }

    interface Relay {
        /** How long a caller may pause while sending a body before it is answered 408 and the request dropped. */
        @WithDefault("30S")
        Duration bodyIdleTimeout();
    }

    /** The limit per client on {@code /api/*}: {@link #burst()} requests, refilled at {@link #requestsPerSecond()}. */
    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int burst();

        /** The most clients remembered (a client quiet long enough for its bucket to be full again is forgotten). */
        @WithDefault("100000")
        int maxClients();
    }

    /** The change feed the gateway follows and streams ({@code /api/changes}). */
    interface Changes {
        /** The data services whose figures change (their {@code /api/changes}). */
        @WithDefault("market,exports,deliveries")
        List<String> services();

        /** Whether the gateway follows the feeds from its start (its streams need it; off in tests of other things). */
        @WithDefault("true")
        boolean follow();

        /** The changes kept in memory for the streams' subscribers; one further behind is told to resume. */
        @WithDefault("10000")
        int buffer();

        /** How long a service may hold the gateway's poll until a change commits. */
        @WithDefault("20S")
        Duration poll();

        /** A stream with nothing to send sends a comment this often, so that proxies keep it open. */
        @WithDefault("15S")
        Duration keepAlive();
    }
}
