package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsHaveLatencyHistogramsAndBusinessCounters() {
        given().get("/api/reconciliation?period=2024").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/reconciliation\""))
                .body(containsString("suite_figures_loaded_total{result=\"inserted\"}"))
                .body(containsString("suite_rows_rejected_total"))
                .body(containsString("suite_figure_revisions_total"))
                .body(containsString("suite_database_up 1.0"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        var paths = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] { "/api/figures", "/api/figures/history", "/api/series", "/api/growth",
                "/api/destinations", "/api/nev-share", "/api/reconciliation" }) {
            paths.body("paths", hasKey(path));
        }
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
