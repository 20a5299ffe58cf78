package org.chinaauto.common.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Publishes HTTP server and client latencies as Prometheus histograms with a fixed, small set of buckets,
 * so that p99 can be computed across pods and the alert rules have something to aggregate.
 */
@Singleton
public class HttpHistograms {

    private static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Produces
    @Singleton
    public MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().startsWith("http.server.requests") || id.getName().startsWith("http.client.requests")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
                }
                return config;
            }
        };
    }
}
