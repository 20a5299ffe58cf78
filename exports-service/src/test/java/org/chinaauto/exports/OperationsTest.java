package org.chinaauto.exports;

import java.util.List;

import org.chinaauto.testing.DataServiceOperationsTest;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest extends DataServiceOperationsTest {

    OperationsTest() {
        super("/api/reconciliation?period=2024",
                List.of("/api/figures", "/api/figures/history", "/api/series", "/api/growth", "/api/destinations",
                "/api/nev-share", "/api/reconciliation", "/api/overview", "/api/calendar", "/api/calendar/schedules"),
                List.of("/api/figures", "/api/figures/history", "/api/series", "/api/growth", "/api/destinations",
                "/api/nev-share", "/api/reconciliation", "/api/overview", "/api/calendar"));
    }
}
