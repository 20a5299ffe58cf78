package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.downstream.Brand;
import org.chinaauto.gateway.downstream.BrandHistory;
import org.chinaauto.gateway.downstream.DeliveriesOverview;
import org.chinaauto.gateway.downstream.Delivery;
import org.chinaauto.gateway.downstream.Page;
import org.chinaauto.gateway.downstream.TargetProgress;

import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * deliveries-service: brand and group deliveries, memberships and targets; guarded as {@link MarketClient} is. The
 * brand and its memberships are not versioned; the snapshot goes along all the same, so that every call of a view
 * reads the same snapshot and is known under it.
 */
@ApplicationScoped
public class DeliveriesClient {

    static final String NAME = "deliveries";

    private final DeliveriesRestClient api;
    private final Exchange exchange;

    DeliveriesClient(@RestClient DeliveriesRestClient api, Exchanges exchanges) {
        this.api = api;
        this.exchange = exchanges.of(NAME);
    }

    /** The brand ranking (first page) and every group's roll-up, in one call. */
    public Uni<Answer<DeliveriesOverview>> overview(String period, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.overview(period, snapshot.vintage(), snapshot.asOf(), etag),
                "overview", period, snapshot), this::read);
    }

    public Uni<Answer<Page<Delivery>>> deliveries(String subject, String from, String to, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.deliveries(subject, from, to, snapshot.vintage(), snapshot.asOf(),
                Call.PAGE, etag), "deliveries", subject, from, to, snapshot), this::read);
    }

    public Uni<Answer<Brand>> brand(String slug, Snapshot snapshot) {
        Slug.check(slug);
        return exchange.get(Call.of(NAME, etag -> api.brand(slug, snapshot.vintage(), snapshot.asOf(), etag),
                "brand", slug, snapshot), this::read);
    }

    public Uni<Answer<BrandHistory>> history(String slug, String from, String to, Snapshot snapshot) {
        Slug.check(slug);
        return exchange.get(Call.of(NAME, etag -> api.history(slug, from, to, snapshot.vintage(), snapshot.asOf(), etag),
                "history", slug, from, to, snapshot), this::read);
    }

    public Uni<Answer<TargetProgress>> targets(String slug, int year, Snapshot snapshot) {
        Slug.check(slug);
        return exchange.get(Call.of(NAME, etag -> api.targets(slug, year, snapshot.vintage(), snapshot.asOf(), etag),
                "targets", slug, year, snapshot), this::read);
    }

    // timeout, retries, their delay and the breaker's numbers come from configuration (DownstreamGuards)
    @Timeout
    @Retry(abortOn = CircuitBreakerOpenException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @BeforeRetry(RetryCounter.class)
    @CircuitBreaker
    @CircuitBreakerName(NAME)
    @Fallback(fallbackMethod = "lastGood")
    Uni<Answer<?>> read(Call<?> call) {
        return exchange.fetch(call);
    }

    Uni<Answer<?>> lastGood(Call<?> call, Throwable failure) {
        return exchange.lastGood(call, failure);
    }
}
