package org.chinaauto.gateway.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.GatewayConfig.RateLimitConfig;

/** A token bucket per client, in memory (so per gateway instance). */
@Singleton
public class RateLimiter {

    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    TokenBucket.Decision admit(String client) {
        long now = System.nanoTime();
        // at most one sweep a second, so that many clients at once do not make every request a sweep
        long last = lastSweep.get();
        if (buckets.size() >= config.maxClients() && now - last > SWEEP_INTERVAL_NANOS
                && lastSweep.compareAndSet(last, now)) {
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
