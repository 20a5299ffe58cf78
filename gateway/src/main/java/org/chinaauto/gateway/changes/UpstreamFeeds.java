package org.chinaauto.gateway.changes;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chinaauto.gateway.client.FeedPage;
import org.chinaauto.gateway.client.ServiceFeeds;
import org.chinaauto.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * Follows each data service's change feed from the gateway's start, into {@link RecentChanges}: a long poll per
 * service ({@code after=<last number>}, held by the service until a change commits, which every replica of the
 * service learns from its database's NOTIFY), asked again as soon as it is answered. A service that cannot be read
 * is asked again every second, and its failure logged once until it answers.
 */
@Singleton
public class UpstreamFeeds {

    private static final Logger LOG = Logger.getLogger(UpstreamFeeds.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** Changes per poll: a page of a large load at a time. */
    private static final int PAGE = 1000;

    private final ServiceFeeds feeds;
    private final RecentChanges recent;
    private final GatewayConfig.Changes config;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    UpstreamFeeds(ServiceFeeds feeds, RecentChanges recent, GatewayConfig config) {
        this.feeds = feeds;
        this.recent = recent;
        this.config = config.changes();
    }

    void start(@Observes StartupEvent event) {
        if (config.follow()) {
            feeds.services().forEach(this::begin);
        }
    }

    void stop(@Observes ShutdownDelayInitiatedEvent event) {
        stopNow();
    }

    void stop(@Observes ShutdownEvent event) {
        stopNow();
    }

    private void stopNow() {
        stopping = true;
        recent.close();
    }

    private void begin(String service) {
        feeds.latest(service).subscribe().with(latest -> {
            recovered(service);
            recent.start(service, latest);
            poll(service, latest);
        }, failure -> retry(service, failure, () -> begin(service)));
    }

    private void poll(String service, long after) {
        if (stopping) {
            return;
        }
        feeds.await(service, after, PAGE, config.poll()).subscribe().with((FeedPage page) -> {
            recovered(service);
            recent.append(page.changes());
            poll(service, page.next());
        }, failure -> retry(service, failure, () -> poll(service, after)));
    }

    private void retry(String service, Throwable failure, Runnable again) {
        if (stopping) {
            return;
        }
        if (failing.add(service)) {
            LOG.warnf("The change feed of %s cannot be read (%s); the gateway asks again every second", service,
                    failure.toString());
        }
        Uni.createFrom().voidItem().onItem().delayIt().by(RETRY).subscribe().with(v -> again.run());
    }

    private void recovered(String service) {
        if (failing.remove(service)) {
            LOG.infof("The change feed of %s is read again", service);
        }
    }
}
