package org.chinaauto.data.metrics;

import java.sql.Connection;
import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code suite_database_up}: 1 when the service's database answered at the last scrape, 0 otherwise.
 * Registered only in services that have a datasource.
 */
@Singleton
public class DatabaseUpGauge {

    void register(@Observes StartupEvent start, Instance<DataSource> dataSource, MeterRegistry registry) {
        if (dataSource.isResolvable()) {
            DataSource ds = dataSource.get();
            Gauge.builder("suite.database.up", ds, DatabaseUpGauge::check)
                    .description("1 when the service's database answered a validation query, else 0")
                    .register(registry);
        }
    }

    private static double check(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return c.isValid(2) ? 1 : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
