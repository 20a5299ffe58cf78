package org.chinaauto.gateway.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.chinaauto.gateway.config.GatewayConfig;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A subscriber's stream of changes, read at the subscriber's own pace: the next batch is read only once the last one
 * was written to it, so a slow subscriber holds nothing but its place, and never slows a load or another subscriber.
 * From a position the gateway's buffer covers, it reads the buffer; from an older one (a client resuming after a
 * while, or after the gateway restarted) it first reads the services' feeds, merged, until the buffer covers it.
 * A subscriber whose place has been dropped from the buffer is sent a {@code resume} event and the stream ends, so
 * that it reconnects with its last id. Open streams are counted as {@code suite_change_subscribers}.
 */
@Startup
@Singleton
public class ChangeStream {

    /** What a stream sends: a change with its id, a keep-alive comment, or the request to resume from an id. */
    public record Sent(Kind kind, String id, RecentChanges.Entry entry) {
        public enum Kind {
            CHANGE, KEEP_ALIVE, RESUME
        }
    }

    /** Changes read at a time, from the buffer or from the services. */
    private static final int BATCH = 500;
    private static final Duration BACKLOG_RETRY = Duration.ofSeconds(1);
    /** What the last read of an ended stream returns (an empty list of its own, told apart by identity). */
    private static final List<Sent> END = new ArrayList<>(0);

    private final RecentChanges recent;
    private final MergedChanges merged;
    private final Duration keepAlive;
    private final AtomicInteger subscribers = new AtomicInteger();

    ChangeStream(RecentChanges recent, MergedChanges merged, GatewayConfig config, MeterRegistry registry) {
        this.recent = recent;
        this.merged = merged;
        this.keepAlive = config.changes().keepAlive();
        Gauge.builder("suite_change_subscribers", subscribers, AtomicInteger::get)
                .description("Open subscriptions to the gateway's stream of changes").register(registry);
    }

    /**
     * When the subscriber's connection has taken what was written to it: the next batch is read only then, so that
     * what a subscriber has not read yet waits in its connection's write queue (bounded), not in the gateway's memory.
     */
    @FunctionalInterface
    public interface Pace {
        Uni<Void> ready();
    }

    /** The changes after {@code from}, or from now on when it is null, each batch read once {@code pace} is ready. */
    public Multi<Sent> subscribe(ChangeCursor from, Pace pace) {
        return Multi.createFrom().deferred(() -> {
            Place place = from == null ? Place.at(recent.now()) : new Place(from);
            return Multi.createBy().repeating().uni(() -> pace.ready().chain(() -> next(place)))
                    .until(sent -> sent == END).onItem().<Sent>disjoint();
        }).onSubscription().invoke(() -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet());
    }

    /** A subscriber's place: its position, and its index in the buffer once it reads from there. */
    private static final class Place {
        ChangeCursor cursor;
        long index = -1;
        boolean done;

        Place(ChangeCursor cursor) {
            this.cursor = cursor;
        }

        static Place at(RecentChanges.Batch now) {
            Place place = new Place(now.cursor());
            place.index = now.next();
            return place;
        }
    }

    private Uni<List<Sent>> next(Place place) {
        if (place.done || recent.closed()) {
            return Uni.createFrom().item(END);
        }
        if (place.index < 0) {
            if (!recent.covers(place.cursor)) {
                return backlog(place);
            }
            place.index = recent.first();
        }
        RecentChanges.Batch batch = recent.read(place.index, place.cursor, BATCH);
        if (batch.behind()) {
            place.done = true;
            return Uni.createFrom().item(List.of(new Sent(Sent.Kind.RESUME, place.cursor.toString(), null)));
        }
        place.index = batch.next();
        place.cursor = batch.cursor();
        if (!batch.entries().isEmpty()) {
            return Uni.createFrom().item(batch.entries().stream().map(e -> new Sent(Sent.Kind.CHANGE, e.id(), e)).toList());
        }
        // woken on the thread that appended the changes: each subscriber goes on on a worker of its own, so that
        // the event loop that received them is not held by every subscriber's next batch
        return Uni.createFrom().completionStage(recent::arrival).replaceWith(List.<Sent>of())
                .ifNoItem().after(keepAlive).recoverWithItem(List.of(new Sent(Sent.Kind.KEEP_ALIVE, null, null)))
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Changes from the services' feeds, for a position older than the buffer. */
    private Uni<List<Sent>> backlog(Place place) {
        return merged.after(place.cursor, BATCH).onItem().transformToUni(page -> {
            ChangeCursor position = place.cursor;
            List<Sent> sent = new ArrayList<>();
            for (var change : page.changes()) {
                position = position.with(change);
                sent.add(new Sent(Sent.Kind.CHANGE, position.toString(), new RecentChanges.Entry(-1, change, position,
                        position.toString())));
            }
            place.cursor = page.next();
            if (sent.isEmpty()) {
                // a service is down, or nothing has come yet: ask again shortly, holding the place
                return Uni.createFrom().item(List.<Sent>of()).onItem().delayIt().by(BACKLOG_RETRY);
            }
            return Uni.createFrom().item(sent);
        });
    }
}
