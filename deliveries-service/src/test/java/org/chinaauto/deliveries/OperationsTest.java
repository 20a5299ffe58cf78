package org.chinaauto.deliveries;

import java.util.List;

import org.chinaauto.testing.DataServiceOperationsTest;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest extends DataServiceOperationsTest {

    OperationsTest() {
        super("/api/rankings?period=2025-11",
                List.of("/api/brands", "/api/brands/{slug}", "/api/brands/{slug}/history", "/api/brands/{slug}/targets",
                "/api/groups", "/api/groups/{slug}", "/api/groups/{slug}/rollup", "/api/deliveries",
                "/api/deliveries/history", "/api/rankings", "/api/rollups", "/api/targets", "/api/overview", "/api/calendar",
                "/api/calendar/schedules"),
                List.of("/api/brands/{slug}/history", "/api/brands/{slug}/targets", "/api/groups/{slug}/rollup",
                "/api/deliveries", "/api/deliveries/history", "/api/rankings", "/api/rollups", "/api/overview",
                "/api/calendar"));
    }
}
