package org.chinaauto.market;

import java.util.List;

import org.chinaauto.testing.DataServiceOperationsTest;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest extends DataServiceOperationsTest {

    OperationsTest() {
        super("/api/summary?period=2025-11",
                List.of("/api/figures", "/api/figures/history", "/api/summary", "/api/series", "/api/calendar",
                        "/api/calendar/schedules"),
                List.of("/api/summary", "/api/figures", "/api/series", "/api/figures/history", "/api/calendar"));
    }
}
