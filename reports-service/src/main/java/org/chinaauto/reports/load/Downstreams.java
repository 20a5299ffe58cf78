package org.chinaauto.reports.load;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.reports.config.ReportsConfig;
import org.chinaauto.reports.reading.Catalog;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** REST clients to the data services, from reports.services.&lt;name&gt;.url. */
@ApplicationScoped
public class Downstreams {

    private static final long CONNECT_SECONDS = 2;
    private final ReportsConfig config;

    Downstreams(ReportsConfig config) {
        this.config = config;
    }

    public LoadApi loads(String service) {
        return builder(service).build(LoadApi.class);
    }

    public Catalog catalog() {
        return builder("deliveries").readTimeout(5, TimeUnit.SECONDS).build(Catalog.class);
    }

    private QuarkusRestClientBuilder builder(String service) {
        ReportsConfig.Downstream d = config.services().get(service);
        if (d == null) {
            throw new ProblemException(500, "Service not configured", "No address is configured for " + service
                    + "-service (reports.services." + service + ".url)");
        }
        return QuarkusRestClientBuilder.newBuilder().baseUri(d.url()).connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(d.timeout().toMillis(), TimeUnit.MILLISECONDS)
                // a service's 4xx is an answer to pass on, not an exception
                .property("microprofile.rest.client.disable.default.mapper", true);
    }
}
