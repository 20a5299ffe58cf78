package org.chinaauto.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on given times (nanoseconds), without waiting. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aQuietClientMayBurstThenWaitsForTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.take(0).allowed()).as("request %d of the burst", i + 1).isTrue();
        }
        TokenBucket.Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.firstRefusal()).isTrue();
        // 2 tokens a second: the next one is free half a second later
        assertThat(refused.waitNanos()).isEqualTo(SECOND / 2);

        TokenBucket.Decision again = bucket.take(SECOND / 4);
        assertThat(again.allowed()).isFalse();
        assertThat(again.firstRefusal()).as("a refusal in the same run is not the first").isFalse();
        assertThat(again.waitNanos()).isEqualTo(SECOND / 4);

        assertThat(bucket.take(SECOND / 2).allowed()).isTrue();
        assertThat(bucket.take(SECOND / 2).firstRefusal()).as("a new run of refusals after an accepted request").isTrue();
    }

    @Test
    void refillsNoFurtherThanTheBurst() {
        TokenBucket bucket = new TokenBucket(50, 100, 0);
        assertThat(bucket.take(0).allowed()).isTrue();
        long later = 3600 * SECOND;
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.take(later).allowed()).isTrue();
        }
        assertThat(bucket.take(later).allowed()).as("an hour of quiet still buys only the burst").isFalse();
    }
}
