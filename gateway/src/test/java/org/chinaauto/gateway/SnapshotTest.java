package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Every view reads every service at the snapshot asked for: {@code vintage} (as published by) and {@code asOf} (as
 * loaded by) go with each downstream call, the view echoes them, and an answer is cached per snapshot.
 */
@QuarkusTest
class SnapshotTest extends FreshGatewayTest {

    static final String SNAPSHOT = "vintage=2030-06-30&asOf=2030-07-01T00:00:00Z";

    /** Every view, ready for the snapshot parameters to be appended. */
    static final List<String> VIEWS = List.of(
            "/api/overview?period=2030-05&",
            "/api/timeline?from=2030-01&to=2030-12&",
            "/api/brands/synthetic-brand-001?year=2030&",
            "/api/reconciliation?measure=exports&period=2030-05&",
            "/api/reconciliation?measure=sales&period=2030-05&");

    @Test
    void everyDownstreamCallOfEveryViewCarriesTheVintageAndAsOf() {
        for (String view : VIEWS) {
            forgetRequests();
            given().get(view + SNAPSHOT).then().statusCode(200)
                    .body("vintage", equalTo("2030-06-30"))
                    .body("as_of", equalTo("2030-07-01T00:00:00Z"));
            assertEveryCallCarries(view, "2030-06-30", "2030-07-01T00:00:00Z");
        }
        // the timeline's CSV reads the same way
        forgetRequests();
        given().accept("text/csv").get("/api/timeline?from=2030-01&to=2030-12&" + SNAPSHOT).then().statusCode(200);
        assertEveryCallCarries("timeline CSV", "2030-06-30", "2030-07-01T00:00:00Z");
    }

    @Test
    void aVintageGivenAsAMonthIsItsLastDayAndAnAsOfDateItsStart() {
        given().get("/api/overview?period=2030-05&vintage=2030-06&asOf=2030-07-01").then().statusCode(200)
                .body("vintage", equalTo("2030-06-30"))
                .body("as_of", equalTo("2030-07-01T00:00:00Z"));
        assertEveryCallCarries("overview", "2030-06-30", "2030-07-01T00:00:00Z");
    }

    @Test
    void withoutASnapshotTheViewsReadTheLatest() {
        given().get("/api/overview?period=2030-05").then().statusCode(200)
                .body("vintage", nullValue())
                .body("as_of", nullValue());
        List<ServeEvent> calls = calls();
        assertThat(calls).hasSize(3);
        assertThat(calls).allSatisfy(e -> {
            assertThat(e.getRequest().getUrl()).doesNotContain("vintage=").doesNotContain("asOf=");
        });
    }

    @Test
    void aMalformedVintageIsAProblemAndCallsNoService() {
        for (String view : VIEWS) {
            given().get(view + "vintage=2030-13-45").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors[0].field", equalTo("vintage"));
        }
        given().accept("text/csv").get("/api/timeline?from=2030-01&to=2030-12&vintage=soon").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("vintage"));
        given().get("/api/overview?period=2030-05&asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        assertThat(calls()).isEmpty();
    }

    @Test
    void anAnswerIsCachedPerVintageAndNeverServedForAnother() throws InterruptedException {
        String may = "/api/overview?period=2030-05&vintage=2030-05-31";
        String june = "/api/overview?period=2030-05&vintage=2030-06-30";
        given().get(may).then().body("sections.market.status", equalTo("complete"));

        DownstreamServers.server("market").stubFor(get(urlPathEqualTo("/api/summary")).willReturn(aResponse().withStatus(503)));
        // another vintage has nothing cached: the May answer is neither fresh nor stale for it
        given().get(june).then().statusCode(200)
                .body("vintage", equalTo("2030-06-30"))
                .body("sections.market.status", equalTo("unavailable"))
                .body("sections.market.data", nullValue());
        DownstreamServers.server("market").verify(getRequestedFor(urlPathEqualTo("/api/summary"))
                .withQueryParam("vintage", WireMock.equalTo("2030-06-30")));

        Thread.sleep(400); // past the cache's freshness (300 ms in tests)
        given().get(may).then().statusCode(200)
                .body("vintage", equalTo("2030-05-31"))
                .body("sections.market.status", equalTo("stale"))
                .body("sections.market.data.publishers[0].sales.value", equalTo(1000));
    }

    private static void assertEveryCallCarries(String view, String vintage, String asOf) {
        List<ServeEvent> calls = calls();
        assertThat(calls).as(view + ": downstream calls").isNotEmpty();
        assertThat(calls).as(view).allSatisfy(e -> {
            assertThat(parameter(e, "vintage")).as(e.getRequest().getUrl()).containsExactly(vintage);
            assertThat(parameter(e, "asOf")).as(e.getRequest().getUrl()).containsExactly(asOf);
        });
    }

    private static List<String> parameter(ServeEvent call, String name) {
        QueryParameter p = call.getRequest().queryParameter(name);
        return p.isPresent() ? p.values() : List.of();
    }

    private static List<ServeEvent> calls() {
        return DownstreamServers.SERVERS.values().stream().flatMap(s -> s.getAllServeEvents().stream()).toList();
    }

    private void forgetRequests() {
        forgetStubRequests();
        gateway.forget();
    }
}
