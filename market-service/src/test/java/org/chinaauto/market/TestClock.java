package org.chinaauto.market;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The release calendar's clock in market-service's tests, in place of the system clock (suite-data's CalendarClock is
 * a default bean): the system's time unless a test fixes it, and then the instant it fixed until it lets go.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    /** The clock stands at {@code at} until {@link #release}. */
    public void fix(Instant at) {
        fixed = at;
    }

    public void release() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
