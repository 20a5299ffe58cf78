package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Composition against real HTTP servers made slow, failing and unreachable: partial answers, retries on GETs
 * only, the breaker opening and closing, the deadline, stale answers, and calls that overlap in time.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServers.class)
class CompositionTest extends FreshGatewayTest {

    @Test
    void allSectionsCompleteWhenEveryServiceAnswers() {
        given().get(OVERVIEW).then().statusCode(200)
                .body("complete", equalTo(true))
                .body("sections.market.status", equalTo("complete"))
                .body("sections.market.data.publishers[0].sales.value", equalTo(1000))
                .body("sections.exports.data.all.figures", hasSize(2))
                .body("sections.brand_ranking.data.entries[0].slug", equalTo("synthetic-brand-001"))
                .body("sections.brand_ranking.data.entries[0].report_id", equalTo(21))
                .body("sections.brand_ranking.data.entries[0].quote", equalTo("Brand 001 delivered 200."))
                .body("sections.brand_ranking.data.entries[0].report_ids", contains(21))
                .body("sections.exports.data.all.figures[1].report_id", equalTo(12))
                .body("sections.group_rollups.data[0].not_attributed.value", equalTo(100))
                // 200 deliveries of 500 NEV sales, both exact: 40%, labelled with both publishers
                .body("sections.cross_service.data.brand_share_of_nev_sales.available", equalTo(true))
                .body("sections.cross_service.data.brand_share_of_nev_sales.entries[0].share_pct", estimate(40, 40, 40))
                .body("sections.cross_service.data.brand_share_of_nev_sales.entries[0]", not(hasKey("approximate")))
                .body("sections.cross_service.data.brand_share_of_nev_sales.entries[0].nev_sales_publisher",
                        equalTo("synthetic-publisher"))
                .body("sections.cross_service.data.brand_share_of_nev_sales.entries[0].nev_sales_derived", equalTo(true))
                // exports 100 (exact) of production 2000: 5%
                .body("sections.cross_service.data.exports_share_of_production.entries[0].share_pct", estimate(5, 5, 5))
                // "nearly 110" (100 to 110) of 2000: 5% to 5.5%
                .body("sections.cross_service.data.exports_share_of_production.entries[1].exports_publisher",
                        equalTo("synthetic-b"))
                .body("sections.cross_service.data.exports_share_of_production.entries[1].exports.low", equalTo(100))
                .body("sections.cross_service.data.exports_share_of_production.entries[1].share_pct", estimate(5.25f, 5, 5.5f))
                .body("sections.cross_service.data.exports_share_of_production.entries[1]", not(hasKey("approximate")));
    }

    @Test
    void viewsPresentTheGatewaysReadTokenToTheServices() {
        given().get(OVERVIEW).then().statusCode(200);
        DownstreamServers.SERVERS.values().forEach(server -> assertThat(server.getAllServeEvents())
                .allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer synthetic-read-token")));
    }

    @Test
    void theOverviewMakesExactlyThreeDownstreamCalls() {
        // a first overview warms the gateway up (a cold first call can outlast the 2 s timeout and be retried)
        given().get(OVERVIEW).then().statusCode(200);
        gateway.forget();
        forgetStubRequests();
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true));
        // market's summary, and exports' and deliveries' overview of the period, each asked once
        assertThat(DownstreamServers.SERVERS.values().stream().mapToInt(s -> s.getAllServeEvents().size()).sum())
                .isEqualTo(3);
        DownstreamServers.server("market").verify(1, getRequestedFor(urlPathEqualTo("/api/summary"))
                .withQueryParam("period", WireMock.equalTo("2030-05")));
        DownstreamServers.server("exports").verify(1, getRequestedFor(urlPathEqualTo("/api/overview"))
                .withQueryParam("period", WireMock.equalTo("2030-05")));
        DownstreamServers.server("deliveries").verify(1, getRequestedFor(urlPathEqualTo("/api/overview"))
                .withQueryParam("period", WireMock.equalTo("2030-05")));
    }

    @Test
    void theDownstreamCallsOverlapInTime() {
        DownstreamServers.healthy(600);
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true));
        List<Date> received = DownstreamServers.SERVERS.values().stream()
                .flatMap(s -> s.getAllServeEvents().stream()).map(e -> e.getRequest().getLoggedDate()).toList();
        assertThat(received).hasSize(3);
        long spread = received.stream().mapToLong(Date::getTime).max().getAsLong()
                - received.stream().mapToLong(Date::getTime).min().getAsLong();
        // every call arrived before the first one (delayed 600 ms) was answered: they ran at the same time
        assertThat(spread).isLessThan(600);
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionsUnavailableAndTheRestComplete() {
        DownstreamServers.takeDown("deliveries");
        given().get(OVERVIEW).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("sections.market.complete", equalTo(true))
                .body("sections.exports.complete", equalTo(true))
                .body("sections.brand_ranking.status", equalTo("unavailable"))
                .body("sections.brand_ranking.complete", equalTo(false))
                .body("sections.brand_ranking.data", nullValue())
                .body("sections.brand_ranking.problem.status", equalTo(503))
                .body("sections.brand_ranking.problem.detail", containsString("unreachable"))
                // both sections come from the same deliveries call
                .body("sections.group_rollups.status", equalTo("unavailable"))
                .body("sections.group_rollups.complete", equalTo(false))
                .body("sections.group_rollups.data", nullValue())
                .body("sections.group_rollups.problem.detail", containsString("unreachable"))
                .body("sections.cross_service.status", equalTo("partial"))
                .body("sections.cross_service.data.brand_share_of_nev_sales.available", equalTo(false));
    }

    @Test
    void aSlowServiceNeverHoldsTheViewPastItsDeadline() {
        DownstreamServers.stub("exports", "/api/overview", 5000, DownstreamServers.EXPORTS_OVERVIEW);
        Instant start = Instant.now();
        given().get(OVERVIEW).then().statusCode(200)
                .body("sections.market.complete", equalTo(true))
                .body("sections.exports.status", equalTo("unavailable"))
                .body("sections.exports.problem.detail", notNullValue());
        // the deadline is 2.5 s; the slow server would take 5 s per attempt
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void failedGetsAreRetriedWithBackoff() {
        DownstreamServers.server("market").stubFor(get(urlPathEqualTo("/api/summary"))
                .willReturn(aResponse().withStatus(500)));
        given().get(OVERVIEW).then().statusCode(200).body("sections.market.status", equalTo("unavailable"));
        // one call and two retries
        DownstreamServers.server("market").verify(3, getRequestedFor(urlPathEqualTo("/api/summary")));
        given().get("/q/metrics").then().body(containsString("ft_retry_retries_total{method=\"market\"}"));
    }

    @Test
    void writesAreForwardedOnceAndNeverRetried() {
        DownstreamServers.server("market").stubFor(post(urlPathEqualTo("/api/figures"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                        .withBody(DownstreamServers.problem(500, "Internal Server Error", "synthetic failure"))));
        String csv = "measure,segment,period,publisher,value\n" + "sales,all,2030-01,SYNGW,1000\n".repeat(20_000);
        given().contentType("text/csv").header("Authorization", "Bearer synthetic-token").body(csv)
                .post("/api/services/market/figures").then().statusCode(500);
        DownstreamServers.server("market").verify(1, postRequestedFor(urlPathEqualTo("/api/figures")));
        var forwarded = DownstreamServers.server("market").findAll(postRequestedFor(urlPathEqualTo("/api/figures"))).get(0);
        assertThat(forwarded.getHeader("Authorization")).isEqualTo("Bearer synthetic-token");
        // streamed through whole, with the length the caller declared
        assertThat(forwarded.getBodyAsString()).isEqualTo(csv);
        assertThat(forwarded.getHeader("Content-Length")).isEqualTo(Integer.toString(csv.length()));
    }

    @Test
    void theBreakerOpensOnRepeatedFailuresAndClosesWhenTheServiceRecovers() throws InterruptedException {
        DownstreamServers.server("exports").stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // one exports call per overview, tried three times: the second overview reaches the breaker's volume (4 in tests)
        for (int i = 0; i < 2; i++) {
            given().get(OVERVIEW).then().statusCode(200).body("sections.exports.status", equalTo("unavailable"));
        }
        assertThat(CircuitBreakerMaintenance.get().currentState("exports")).isEqualTo(CircuitBreakerState.OPEN);
        given().get("/q/metrics").then()
                .body(containsString("ft_circuitbreaker_state_current{method=\"exports\",state=\"open\"} 1.0"));

        int before = DownstreamServers.server("exports").getAllServeEvents().size();
        given().get(OVERVIEW).then().statusCode(200).body("sections.exports.problem.detail", containsString("circuit breaker"));
        assertThat(DownstreamServers.server("exports").getAllServeEvents()).hasSize(before);

        DownstreamServers.healthy(0);
        Instant until = Instant.now().plusSeconds(10);
        while (CircuitBreakerMaintenance.get().currentState("exports") != CircuitBreakerState.CLOSED && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            given().get(OVERVIEW);
        }
        assertThat(CircuitBreakerMaintenance.get().currentState("exports")).isEqualTo(CircuitBreakerState.CLOSED);
        given().get(OVERVIEW).then().body("sections.exports.complete", equalTo(true));
    }

    @Test
    void aFailingServiceIsServedStaleFromTheCache() throws InterruptedException {
        given().get(OVERVIEW).then().body("sections.brand_ranking.status", equalTo("complete"));
        given().get(OVERVIEW).then().body("sections.brand_ranking.status", equalTo("complete"));

        DownstreamServers.server("deliveries").stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        Thread.sleep(400); // past the cache's freshness (300 ms in tests)
        given().get(OVERVIEW).then().statusCode(200)
                .body("sections.brand_ranking.status", equalTo("stale"))
                .body("sections.brand_ranking.complete", equalTo(false))
                .body("sections.brand_ranking.data.entries[0].deliveries", equalTo(200))
                .body("sections.brand_ranking.problem.status", equalTo(503))
                .body("sections.group_rollups.status", equalTo("stale"))
                .body("sections.group_rollups.data[0].not_attributed.value", equalTo(100));
        given().get("/q/metrics").then().body(containsString(
                "ft_invocations_total{fallback=\"notDefined\",method=\"deliveries\",result=\"exceptionThrown\"}"));
    }

    @Test
    void aNotFoundIsAnAnswerNotABreakerFailure() {
        DownstreamServers.server("deliveries").stubFor(get(urlPathEqualTo("/api/brands/synthetic-unknown"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(DownstreamServers.problem(404, "Not found", "No brand synthetic-unknown"))));
        for (int i = 0; i < 6; i++) {
            given().get("/api/brands/synthetic-unknown?year=2030").then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString("synthetic-unknown"));
        }
        assertThat(CircuitBreakerMaintenance.get().currentState("deliveries")).isEqualTo(CircuitBreakerState.CLOSED);
        List<LoggedRequest> calls = DownstreamServers.server("deliveries")
                .findAll(getRequestedFor(urlPathEqualTo("/api/brands/synthetic-unknown")));
        assertThat(calls).hasSize(6); // not retried either
    }

    @Test
    void badInputIsAProblem() {
        given().get("/api/overview?period=2030-13").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
        given().get("/api/timeline?from=2030-05&to=2030-01").then().statusCode(400);
        given().get("/api/timeline?to=2030-01").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("a month is required; expected YYYY-MM, e.g. 2025-11"));
        given().get("/api/reconciliation?measure=weight&period=2030").then().statusCode(400);
        given().get("/api/brands/NOT_A_SLUG").then().statusCode(400);
        given().queryParam("period", "2".repeat(5000)).get("/api/overview").then().statusCode(414)
                .contentType("application/problem+json");
    }

    @Test
    void theTimelineIsAvailableAsJsonAndCsvWithBounds() {
        // a series says what it counts in fields of its own (the dashboard picks its series by them)
        String shareSeries = "series.find { it.measure == 'sales_share' && it.segment == 'nev' && it.computed }";
        String nevSalesSeries = "series.find { it.measure == 'sales' && it.segment == 'nev' }";
        String share = shareSeries + ".points[0]";
        String nevSales = nevSalesSeries + ".points[0]";
        String exports = "series.find { it.service == 'exports' }.points[0]";
        given().get("/api/timeline?from=2030-01&to=2030-12").then().statusCode(200)
                .body("complete", equalTo(true))
                .body(shareSeries + ".key", equalTo("market:nev_share_computed:synthetic-publisher"))
                .body(shareSeries + ".unit", equalTo("percent"))
                .body(nevSalesSeries + ".key", equalTo("market:sales:nev:synthetic-publisher"))
                .body(nevSalesSeries, not(hasKey("computed")))
                .body("series.find { it.service == 'exports' }.measure", equalTo("exports"))
                .body("series.find { it.key == 'deliveries:synthetic-brand-001:synthetic-maker' }.subject", equalTo("synthetic-brand-001"))
                // "nearly 500" (400 to 500) of 1,000 sales: 40% to 50%, shown as the midpoint
                .body(share + ".value", equalTo(45))
                .body(share + ".low", equalTo(40))
                .body(share + ".high", equalTo(50))
                .body(share + ".computed", equalTo(true))
                .body(share, not(hasKey("qualifier")))
                // the reported 52% (51.95 to 52.05) is judged against the computed range
                .body(share + ".judgement", equalTo("outside"))
                // a computed share has the provenance of its inputs, a published figure its own
                .body(share + ".source", equalTo("SYN report 2030-06"))
                .body(nevSales + ".definition", equalTo("synthetic NEV sales"))
                .body(nevSales + ".attribution", equalTo("named"))
                .body(nevSales + ".published_on", equalTo("2030-06-15"))
                .body(nevSales + ".source", equalTo("SYN report 2030-06"))
                .body(nevSales + ".value", equalTo(500))
                .body(nevSales + ".low", equalTo(400))
                .body(nevSales + ".high", equalTo(500))
                .body(nevSales + ".stated_as", equalTo("nearly 500"))
                // the report and sentence it was read from; a computed share the reports of its inputs
                .body(nevSales + ".report_id", equalTo(3))
                .body(nevSales + ".quote", equalTo("NEV sales were nearly 500 in May."))
                .body(nevSales, not(hasKey("report_ids")))
                .body(share + ".report_ids", contains(3, 4))
                .body(share, not(hasKey("quote")))
                // "over 100" without a stated precision: unbounded above, shown as null
                .body(exports + ".low", equalTo(100))
                .body(exports, hasKey("high"))
                .body(exports + ".high", nullValue());
        String csv = given().accept("text/csv").get("/api/timeline?from=2030-01&to=2030-12").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().findFirst())
                .contains("service,series,label,publisher,definition,unit,period,value,low,high,qualifier,stated_as,status,computed,"
                        + "attribution,published,published_on,source,report_id,quote,report_ids");
        assertThat(csv).contains("deliveries,deliveries:synthetic-brand-001:synthetic-maker");
        assertThat(csv).contains(",2030-05,500,400,500,nearly");
        assertThat(csv).contains(",2030-05,45,40,50,");
        assertThat(csv).contains(",SYN report 2030-06,3,NEV sales were nearly 500 in May.,");
        assertThat(csv).contains(",SYN report 2030-06,,,3; 4");
        assertThat(csv).contains(",2030,100,100,,over");
    }

    @Test
    void metricsShowDownstreamLatencyPerService() {
        given().get(OVERVIEW).then().statusCode(200);
        given().get("/q/metrics").then()
                .body(containsString("http_client_requests_seconds_bucket{clientName=\"market\""))
                .body(containsString("http_server_requests_seconds_bucket{"));
    }
}
