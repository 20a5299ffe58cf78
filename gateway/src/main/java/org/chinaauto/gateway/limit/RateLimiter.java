package org.chinaauto.gateway.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.RateLimitConfig;

/** A token bucket per client, in memory (so per gateway instance). */
@Singleton
public class RateLimiter {

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    TokenBucket.Decision admit(String client) {
        long now = System.nanoTime();
        if (buckets.size() >= config.maxClients()) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new TokenBucket(config.requestsPerSecond(), config.burst(), now))
                .take(now);
    }

    /** Forgets every client (tests start each from a full bucket). */
    public void forget() {
        buckets.clear();
    }
}
