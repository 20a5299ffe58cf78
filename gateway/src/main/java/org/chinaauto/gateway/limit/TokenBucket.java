package org.chinaauto.gateway.limit;

/**
 * One client's allowance: up to {@code burst} tokens, refilled continuously at {@code perSecond}; a request takes
 * one. Times are {@link System#nanoTime()} values passed in, so that the arithmetic can be tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updated;
    private boolean refusing;

    TokenBucket(double perSecond, int burst, long now) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updated = now;
    }

    /** What {@link #take} decided: how long until a token is free (0 when one was taken) and whether this is the first refusal in a row. */
    record Decision(long waitNanos, boolean firstRefusal) {
        boolean allowed() {
            return waitNanos == 0;
        }
    }

    synchronized Decision take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            refusing = false;
            return new Decision(0, false);
        }
        boolean first = !refusing;
        refusing = true;
        return new Decision(Math.max(1, (long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND)), first);
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed / NANOS_PER_SECOND * perSecond);
            updated = now;
        }
    }
}
