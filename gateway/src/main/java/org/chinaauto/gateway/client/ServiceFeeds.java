package org.chinaauto.gateway.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.chinaauto.gateway.config.GatewayConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;

/**
 * The change feeds of the data services that have one ({@code gateway.changes.services}), read with the gateway's
 * read token like every other read: a page after a number or since an instant, each call bounded by the service's
 * timeout, or by the long poll's own wait when it asks the service to hold the answer until a change commits.
 */
@Singleton
public class ServiceFeeds {

    /**
     * The least time a page may take: a page of a thousand changes, read while a large load commits and many
     * subscribers catch up, takes longer than a view's read; a read given up on early is asked again, and piles up.
     */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, FeedApi> apis = new LinkedHashMap<>();
    private final Map<String, Duration> timeouts = new LinkedHashMap<>();
    private final String authorization;

    ServiceFeeds(GatewayConfig config) {
        this.authorization = config.readToken().map(token -> "Bearer " + token).orElse(null);
        for (String name : config.changes().services()) {
            GatewayConfig.DownstreamConfig downstream = config.downstream().get(name);
            if (downstream == null) {
                throw new IllegalStateException("gateway.changes.services names " + name
                        + ", which has no gateway.downstream." + name + ".url");
            }
            apis.put(name, QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(downstream.url()))
                    .connectTimeout(2, TimeUnit.SECONDS)
                    .readTimeout(config.changes().poll().plus(PAGE_TIMEOUT).toSeconds(), TimeUnit.SECONDS)
                    .httpClientOptionsCustomizer(options -> options.setMetricsName("rest-client|" + name + "-changes"))
                    .build(FeedApi.class));
            timeouts.put(name, max(downstream.timeout(), PAGE_TIMEOUT));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The services with a feed, in the order of the configuration. */
    public List<String> services() {
        return List.copyOf(apis.keySet());
    }

    /** Up to {@code limit} changes of {@code service} after {@code after}. */
    public Uni<FeedPage> after(String service, long after, int limit) {
        return read(service, after, null, limit, Duration.ZERO);
    }

    /** Up to {@code limit} changes of {@code service} committed from {@code since} on. */
    public Uni<FeedPage> since(String service, Instant since, int limit) {
        return read(service, null, since, limit, Duration.ZERO);
    }

    /** Changes after {@code after}, the service holding the answer up to {@code wait} until one commits. */
    public Uni<FeedPage> await(String service, long after, int limit, Duration wait) {
        return read(service, after, null, limit, wait);
    }

    /** The service's last number. */
    public Uni<Long> latest(String service) {
        return read(service, null, null, 0, Duration.ZERO).map(FeedPage::latest);
    }

    private Uni<FeedPage> read(String service, Long after, Instant since, int limit, Duration wait) {
        return apis.get(service).page(after, since == null ? null : since.toString(), limit, (int) wait.toSeconds(),
                authorization).ifNoItem().after(timeouts.get(service).plus(wait)).fail()
                .map(page -> FeedPage.of(service, page));
    }
}
