package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.downstream.MarketFigure;
import org.chinaauto.gateway.downstream.MarketSeries;
import org.chinaauto.gateway.downstream.MarketSummary;
import org.chinaauto.gateway.downstream.Page;

import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * market-service: production and sales figures. Every read goes through {@link #read}: its own timeout, retries
 * with exponential backoff, the service's one circuit breaker, and the last good answer (or none) when all that
 * fails; the numbers come from configuration (see application.properties).
 */
@ApplicationScoped
public class MarketClient {

    static final String NAME = "market";

    private final MarketRestClient api;
    private final Exchange exchange;

    MarketClient(@RestClient MarketRestClient api, Exchanges exchanges) {
        this.api = api;
        this.exchange = exchanges.of(NAME);
    }

    public Uni<Answer<MarketSummary>> summary(String period, Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.summary(period, snapshot.vintage(), snapshot.asOf(), etag),
                "summary", period, snapshot), this::read);
    }

    public Uni<Answer<Page<MarketFigure>>> figures(String measure, String segment, String period, String from, String to,
            Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.figures(measure, segment, period, from, to, snapshot.vintage(),
                snapshot.asOf(), Call.PAGE, etag), "figures", measure, segment, period, from, to, snapshot), this::read);
    }

    public Uni<Answer<MarketSeries>> series(String measure, String segment, String publisher, String from, String to,
            Snapshot snapshot) {
        return exchange.get(Call.of(NAME, etag -> api.series(measure, segment, publisher, from, to, snapshot.vintage(),
                snapshot.asOf(), etag), "series", measure, segment, publisher, from, to, snapshot), this::read);
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
