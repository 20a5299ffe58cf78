package org.chinaauto.gateway.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.gateway.client.Change;
import org.junit.jupiter.api.Test;

/**
 * The gateway's buffer of changes as its subscribers read it: from now on, from a position another replica gave
 * (which saw the same changes in another order), from a position older than the buffer (not covered: read from the
 * services), and too far behind once the buffer dropped its place.
 */
class RecentChangesTest {

    private static final List<String> SERVICES = List.of("market", "exports");

    private static Change change(String service, long seq) {
        return new Change(service, seq, Instant.parse("2030-01-01T00:00:00Z").plusSeconds(seq), "{}");
    }

    private static RecentChanges following(int capacity) {
        RecentChanges recent = new RecentChanges(capacity);
        recent.start("market", 10);
        recent.start("exports", 3);
        return recent;
    }

    @Test
    void aSubscriberFromNowReadsWhatArrivesAfterIt() {
        RecentChanges recent = following(100);
        recent.append(List.of(change("market", 11)));
        RecentChanges.Batch now = recent.now();
        assertThat(now.cursor().toString()).isEqualTo("exports:3,market:11");
        recent.append(List.of(change("exports", 4), change("market", 12)));
        RecentChanges.Batch read = recent.read(now.next(), now.cursor(), 10);
        assertThat(read.entries()).extracting(RecentChanges.Entry::id).containsExactly("exports:4,market:11",
                "exports:4,market:12");
        assertThat(recent.read(read.next(), read.cursor(), 10).entries()).isEmpty();
    }

    @Test
    void aPositionFromAnotherReplicaGetsExactlyWhatItHasNotSeen() {
        RecentChanges recent = following(100);
        recent.append(List.of(change("market", 11), change("exports", 4), change("market", 12), change("exports", 5)));
        // the other replica had market 11 and 12 before exports 4
        ChangeCursor elsewhere = ChangeCursor.parse("market:12,exports:3", "Last-Event-ID", SERVICES);
        assertThat(recent.covers(elsewhere)).isTrue();
        RecentChanges.Batch read = recent.read(recent.first(), elsewhere, 10);
        assertThat(read.entries()).extracting(e -> e.change().service() + e.change().seq()).containsExactly("exports4",
                "exports5");
        assertThat(read.cursor().toString()).isEqualTo("exports:5,market:12");
    }

    @Test
    void aPositionOlderThanTheBufferIsNotCoveredAndADroppedPlaceIsBehind() {
        RecentChanges recent = following(2);
        assertThat(recent.covers(ChangeCursor.parse("market:9,exports:3", "after", SERVICES))).isFalse();
        RecentChanges.Batch now = recent.now();
        recent.append(List.of(change("market", 11), change("market", 12), change("market", 13)));
        assertThat(recent.read(now.next(), now.cursor(), 10).behind()).isTrue();
        assertThat(recent.covers(now.cursor())).isFalse();
        // a subscriber that had read market 11 is still covered: 12 and 13 are kept
        assertThat(recent.covers(ChangeCursor.parse("market:11,exports:3", "after", SERVICES))).isTrue();
    }

    @Test
    void aMalformedPositionIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ChangeCursor.parse("market:x", "Last-Event-ID", SERVICES))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Last-Event-ID");
        assertThatThrownBy(() -> ChangeCursor.parse("reports:1", "after", SERVICES))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no change feed");
        assertThatThrownBy(() -> ChangeCursor.parse("market:1,market:2", "after", SERVICES))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }
}
