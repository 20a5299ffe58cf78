package org.chinaauto.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * What operators and clients rely on in every data service: readiness that includes the database, latency
 * histograms and the load counters in the metrics, an OpenAPI document that names every endpoint and gives every read
 * of figures its vintage and asOf, the Swagger UI, and a request line too long answered as a 414 problem. A service's
 * {@code OperationsTest} (a {@code @QuarkusTest}) extends it, naming its own main read and endpoints to its constructor.
 */
public abstract class DataServiceOperationsTest {

    private final String mainRead;
    private final List<String> endpoints;
    private final List<String> snapshotReads;

    /**
     * @param mainRead the service's main read, answered 200 from the default dataset, e.g.
     *            {@code /api/summary?period=2025-11}
     * @param endpoints every endpoint the service's document must describe
     * @param snapshotReads the reads of figures, each of which takes a vintage and an asOf
     */
    protected DataServiceOperationsTest(String mainRead, List<String> endpoints, List<String> snapshotReads) {
        this.mainRead = mainRead;
        this.endpoints = endpoints;
        this.snapshotReads = snapshotReads;
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsHaveLatencyHistogramsAndBusinessCounters() {
        given().get(mainRead).then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"" + mainPath() + "\""))
                .body(containsString("suite_figures_loaded_total{result=\"inserted\"}"))
                .body(containsString("suite_rows_rejected_total"))
                .body(containsString("suite_figure_revisions_total"))
                .body(containsString("suite_database_up 1.0"));
    }

    @Test
    void everyScheduledSeriesHasItsPublicationDelayAndGraceGauges() throws InterruptedException {
        // worked out by a thread of their own once the default schedules are loaded
        String metrics = "";
        for (int attempt = 0; attempt < 100 && !metrics.contains("suite_publication_grace_days{"); attempt++) {
            Thread.sleep(100);
            metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(metrics).contains("suite_publication_delay_days{publisher=", "suite_publication_grace_days{publisher=");
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        ValidatableResponse document = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        endpoints.forEach(path -> document.body("paths", hasKey(path)));
        snapshotReads.forEach(path -> document.body("paths.'" + path + "'.get.parameters.name",
                hasItems("vintage", "asOf")));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aVeryLongRequestIsA414Problem() {
        for (String read : List.of(mainPath(), "/no/such/path")) {
            given().queryParam("publisher", "x".repeat(5000)).get(read).then().statusCode(414)
                    .contentType("application/problem+json").body("status", equalTo(414))
                    .body("detail", containsString("at most 4000"));
        }
        // just under the limit, in a parameter the read ignores
        given().queryParam("comment", "x".repeat(3900)).get(mainRead).then().statusCode(200);
    }

    /** The main read's path, without its query. */
    private String mainPath() {
        return mainRead.replaceFirst("\\?.*", "");
    }
}
