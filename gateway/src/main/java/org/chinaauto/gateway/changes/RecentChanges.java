package org.chinaauto.gateway.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.chinaauto.gateway.client.Change;
import org.chinaauto.gateway.config.GatewayConfig;

/**
 * The changes this gateway has followed, the most recent {@code gateway.changes.buffer} of them, in the order they
 * arrived, for its streams' subscribers to read at their own pace: a bounded buffer, not the feed's record (the
 * services' tables are). Each entry carries the position after it, which is the SSE id of the event that streams it.
 * For each service it knows the number after which every change is here ({@link #covers}); a subscriber whose next
 * entry has been dropped is too far behind, and is told to resume from its last id.
 */
@Singleton
public class RecentChanges {

    /** An entry: its index in arrival order, the change, and the position once it is seen. */
    public record Entry(long index, Change change, ChangeCursor after, String id) {
    }

    /** What a subscriber reads: entries after its position, the index to read from next, and its new position. */
    public record Batch(List<Entry> entries, long next, ChangeCursor cursor, boolean behind) {
    }

    private final Entry[] ring;
    private long first;
    private long next;
    /** The position after the last entry; the position before the first is kept as {@link #beforeFirst}. */
    private ChangeCursor head = ChangeCursor.empty();
    private ChangeCursor beforeFirst = ChangeCursor.empty();
    /** Per service, the number after which every change is in the ring or still to come. */
    private final Map<String, Long> base = new HashMap<>();
    private CompletableFuture<Void> arrival = new CompletableFuture<>();
    private boolean closed;

    @Inject
    RecentChanges(GatewayConfig config) {
        this(config.changes().buffer());
    }

    RecentChanges(int capacity) {
        this.ring = new Entry[capacity];
    }

    /** The gateway follows {@code service} from its number {@code latest} on. */
    public synchronized void start(String service, long latest) {
        base.put(service, latest);
        head = head.with(service, latest);
        if (first == next) {
            beforeFirst = head;
        }
    }

    /** Appends changes as they arrived from {@code service}, dropping the oldest beyond the buffer. */
    public void append(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        CompletableFuture<Void> arrived;
        synchronized (this) {
            for (Change change : changes) {
                if (next - first == ring.length) {
                    Entry dropped = ring[(int) (first % ring.length)];
                    base.merge(dropped.change().service(), dropped.change().seq(), Math::max);
                    beforeFirst = dropped.after();
                    first++;
                }
                head = head.with(change);
                ring[(int) (next % ring.length)] = new Entry(next, change, head, head.toString());
                next++;
            }
            arrived = arrival;
            arrival = new CompletableFuture<>();
        }
        arrived.complete(null);
    }

    /** Whether every change after {@code cursor} that the gateway has followed is still here. */
    public synchronized boolean covers(ChangeCursor cursor) {
        for (Map.Entry<String, Long> b : base.entrySet()) {
            if (cursor.position(b.getKey()).orElse(0) < b.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The index of the oldest entry kept. */
    public synchronized long first() {
        return first;
    }

    /** The index the next entry will have, and the position after the last: where a subscriber starting now is. */
    public synchronized Batch now() {
        return new Batch(List.of(), next, head, false);
    }

    /**
     * Up to {@code max} entries from {@code from} on that come after {@code cursor} (those a subscriber coming from
     * another gateway has already seen are passed over); behind when the entry at {@code from} has been dropped.
     */
    public synchronized Batch read(long from, ChangeCursor cursor, int max) {
        if (from < first) {
            return new Batch(List.of(), from, cursor, true);
        }
        List<Entry> entries = new ArrayList<>(Math.min(max, (int) (next - from)));
        ChangeCursor position = cursor;
        long i = from;
        for (; i < next && entries.size() < max; i++) {
            Entry e = ring[(int) (i % ring.length)];
            if (!position.precedes(e.change())) {
                continue;
            }
            ChangeCursor before = i == first ? beforeFirst : ring[(int) ((i - 1) % ring.length)].after();
            if (position == before) {
                // the usual case: a subscriber reading in this gateway's order, whose position is the ring's
                entries.add(e);
                position = e.after();
            } else {
                position = position.with(e.change());
                entries.add(new Entry(e.index(), e.change(), position, position.toString()));
            }
        }
        return new Batch(entries, i, position, false);
    }

    /**
     * Completes when the next changes arrive, or the gateway stops: a copy for each waiter, so that a subscriber that
     * leaves (and cancels its wait) cancels nobody else's.
     */
    public synchronized CompletionStage<Void> arrival() {
        return closed ? CompletableFuture.completedFuture(null) : arrival.copy();
    }

    /** The gateway is stopping: every stream ends, so that its clients resume elsewhere. */
    public void close() {
        CompletableFuture<Void> arrived;
        synchronized (this) {
            closed = true;
            arrived = arrival;
        }
        arrived.complete(null);
    }

    public synchronized boolean closed() {
        return closed;
    }
}
