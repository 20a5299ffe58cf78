package org.chinaauto.gateway.config;

import io.smallrye.config.WithDefault;

/**
 * The gateway's rate limit per client on {@code /api/*} ({@code gateway.rate-limit.*}): a token bucket per client
 * address that refills at {@link #requestsPerSecond()} up to {@link #burst()} requests.
 */
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The sustained rate each client may keep up. */
    @WithDefault("50")
    double requestsPerSecond();

    /** How many requests a client that has been quiet may send at once. */
    @WithDefault("100")
    int burst();

    /**
     * Whether the client is the first address of {@code X-Forwarded-For} (behind a proxy that sets it) rather than
     * the connection's remote address. Only behind such a proxy: otherwise a client could name itself anything.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** The most clients remembered; beyond it, the buckets of clients that are idle (full again) are forgotten. */
    @WithDefault("100000")
    int maxClients();
}
