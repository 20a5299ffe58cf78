package org.chinaauto.deliveries;

import java.util.List;

import org.chinaauto.testing.DataServiceOperationsTest;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest extends DataServiceOperationsTest {

    @Override
    protected String mainRead() {
        return "/api/rankings?period=2025-11";
    }

    @Override
    protected List<String> endpoints() {
        return List.of("/api/brands", "/api/brands/{slug}", "/api/brands/{slug}/history", "/api/brands/{slug}/targets",
                "/api/groups", "/api/groups/{slug}", "/api/groups/{slug}/rollup", "/api/deliveries",
                "/api/deliveries/history", "/api/rankings", "/api/rollups", "/api/targets", "/api/overview");
    }

    @Override
    protected List<String> snapshotReads() {
        return List.of("/api/brands/{slug}/history", "/api/brands/{slug}/targets", "/api/groups/{slug}/rollup",
                "/api/deliveries", "/api/deliveries/history", "/api/rankings", "/api/rollups", "/api/overview");
    }
}
