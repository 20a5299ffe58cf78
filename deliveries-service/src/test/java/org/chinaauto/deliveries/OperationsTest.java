package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
        given().get("/api/rankings?period=2025-11").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/rankings\""))
                .body(containsString("suite_figures_loaded_total{result=\"inserted\"}"))
                .body(containsString("suite_rows_rejected_total"))
                .body(containsString("suite_figure_revisions_total"))
                .body(containsString("suite_database_up 1.0"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        var paths = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        for (String path : new String[] { "/api/brands", "/api/brands/{slug}", "/api/brands/{slug}/history",
                "/api/brands/{slug}/targets", "/api/groups", "/api/groups/{slug}", "/api/groups/{slug}/rollup",
                "/api/deliveries", "/api/deliveries/history", "/api/rankings", "/api/rollups", "/api/targets" }) {
            paths.body("paths", hasKey(path));
        }
        // every read of figures takes a vintage and an asOf
        for (String path : new String[] { "/api/brands/{slug}/history", "/api/brands/{slug}/targets",
                "/api/groups/{slug}/rollup", "/api/deliveries", "/api/deliveries/history", "/api/rankings",
                "/api/rollups" }) {
            paths.body("paths.'" + path + "'.get.parameters.name", hasItems("vintage", "asOf"));
        }
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
