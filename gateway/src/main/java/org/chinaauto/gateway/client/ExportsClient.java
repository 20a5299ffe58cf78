package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.downstream.ExportFigure;
import org.chinaauto.gateway.downstream.ExportsOverview;
import org.chinaauto.gateway.downstream.ExportsReconciliation;
import org.chinaauto.gateway.downstream.Page;

import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/** exports-service: exports by powertrain, destination and publisher; guarded as {@link MarketClient} is. */
@ApplicationScoped
public class ExportsClient {

    static final String NAME = "exports";
    /** The world total, the destination every view reads. */
    static final String WORLD = "WORLD";

    private final ExportsRestClient api;
    private final Exchange exchange;

    ExportsClient(@RestClient ExportsRestClient api, Exchanges exchanges) {
        this.api = api;
        this.exchange = exchanges.of(NAME);
    }

    /** The reconciliation of the world total for all powertrains and for NEVs, in one call. */
    public Uni<Answer<ExportsOverview>> overview(String period, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.overview(period, snapshot.vintage(), snapshot.asOf(), etag),
                "overview", period, snapshot), this::read);
    }

    public Uni<Answer<ExportsReconciliation>> reconciliation(String period, String powertrain, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.reconciliation(period, powertrain, WORLD, snapshot.vintage(),
                snapshot.asOf(), etag), "reconciliation", period, powertrain, snapshot), this::read);
    }

    public Uni<Answer<Page<ExportFigure>>> worldFigures(String from, String to, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.figures(WORLD, from, to, snapshot.vintage(), snapshot.asOf(),
                Call.PAGE, etag), "figures", from, to, snapshot), this::read);
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
