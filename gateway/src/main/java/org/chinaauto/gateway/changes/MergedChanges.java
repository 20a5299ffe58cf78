package org.chinaauto.gateway.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.chinaauto.gateway.client.Change;
import org.chinaauto.gateway.client.FeedPage;
import org.chinaauto.gateway.client.ServiceFeeds;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * The changes of every service with a feed, read from the services and merged in commit order: by commit instant,
 * then service, then number. Each service is asked for as many as the page holds, so the first of the merged ones
 * are exactly the first committed. A service that cannot be read is named in the page and its position left where it
 * was, so that the next page (after= the page's next) reads it again: nothing is skipped.
 */
@Singleton
public class MergedChanges {

    private static final Logger LOG = Logger.getLogger(MergedChanges.class);

    /** A page of the merged feed: its changes, the position after them, and the services that could not be read. */
    public record Page(List<Change> changes, ChangeCursor next, List<String> unavailable) {
    }

    private final ServiceFeeds feeds;

    MergedChanges(ServiceFeeds feeds) {
        this.feeds = feeds;
    }

    public List<String> services() {
        return feeds.services();
    }

    /** The first {@code limit} changes after {@code cursor} (a service it does not name: from its start). */
    public Uni<Page> after(ChangeCursor cursor, int limit) {
        return merge(cursor, limit, service -> feeds.after(service, cursor.position(service).orElse(0), limit));
    }

    /** The first {@code limit} changes committed from {@code since} on. */
    public Uni<Page> since(Instant since, int limit) {
        return merge(ChangeCursor.empty(), limit, service -> feeds.since(service, since, limit));
    }

    private Uni<Page> merge(ChangeCursor start, int limit, Function<String, Uni<FeedPage>> read) {
        List<Uni<FeedPage>> reads = new ArrayList<>();
        for (String service : feeds.services()) {
            reads.add(read.apply(service).onFailure().recoverWithItem(failure -> {
                LOG.warnf("The change feed of %s could not be read for a page of changes: %s", service, failure);
                return new FeedPage(service, null, -1, -1, -1);
            }));
        }
        return Uni.join().all(reads).andFailFast().map(pages -> page(start, limit, pages));
    }

    private Page page(ChangeCursor start, int limit, List<FeedPage> pages) {
        List<String> order = feeds.services();
        ChangeCursor next = start;
        List<String> unavailable = new ArrayList<>();
        List<Change> all = new ArrayList<>();
        for (FeedPage page : pages) {
            if (page.changes() == null) {
                unavailable.add(page.service());
                continue;
            }
            next = next.with(page.service(), page.after());
            all.addAll(page.changes());
        }
        all.sort(Comparator.comparing(Change::time).thenComparing(c -> order.indexOf(c.service()))
                .thenComparingLong(Change::seq));
        List<Change> first = all.subList(0, Math.min(limit, all.size()));
        for (Change change : first) {
            next = next.with(change);
        }
        return new Page(List.copyOf(first), next, unavailable);
    }
}
