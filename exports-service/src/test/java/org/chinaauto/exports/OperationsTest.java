package org.chinaauto.exports;

import java.util.List;

import org.chinaauto.testing.DataServiceOperationsTest;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest extends DataServiceOperationsTest {

    @Override
    protected String mainRead() {
        return "/api/reconciliation?period=2024";
    }

    @Override
    protected List<String> endpoints() {
        return List.of("/api/figures", "/api/figures/history", "/api/series", "/api/growth", "/api/destinations",
                "/api/nev-share", "/api/reconciliation", "/api/overview");
    }

    @Override
    protected List<String> snapshotReads() {
        return List.of("/api/figures", "/api/figures/history", "/api/series", "/api/growth", "/api/destinations",
                "/api/nev-share", "/api/reconciliation", "/api/overview");
    }
}
