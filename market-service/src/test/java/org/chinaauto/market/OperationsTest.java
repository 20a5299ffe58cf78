package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Probes, metrics and the OpenAPI description that operators and clients rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void aVeryLongRequestIsA414Problem() {
        for (String path : new String[] { "/api/figures", "/api/summary", "/api/series", "/no/such/path" }) {
            given().queryParam("publisher", "x".repeat(5000)).get(path).then().statusCode(414)
                    .contentType("application/problem+json").body("status", equalTo(414))
                    .body("detail", containsString("at most 4000"));
        }
        // just under the limit (a parameter the endpoint ignores, since a publisher is at most 100 characters)
        given().queryParam("comment", "x".repeat(3900)).get("/api/figures").then().statusCode(200);
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsHaveLatencyHistogramsAndBusinessCounters() {
        given().get("/api/summary?period=2025-11").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/summary\""))
                .body(containsString("suite_figures_loaded_total{result=\"inserted\"}"))
                .body(containsString("suite_rows_rejected_total"))
                .body(containsString("suite_figure_revisions_total"))
                .body(containsString("suite_database_up 1.0"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/figures"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/figures/history"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/summary"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/series"))
                .body("paths.'/api/summary'.get.parameters.name", org.hamcrest.Matchers.hasItems("vintage", "asOf"))
                .body("paths.'/api/figures'.get.parameters.name", org.hamcrest.Matchers.hasItems("vintage", "asOf"))
                .body("paths.'/api/series'.get.parameters.name", org.hamcrest.Matchers.hasItems("vintage", "asOf"))
                .body("paths.'/api/figures/history'.get.parameters.name", org.hamcrest.Matchers.hasItems("vintage", "asOf"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
