package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.chinaauto.gateway.service.ViewCache;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The gateway keeps each answer with its ETag and, once the answer is older than the cache TTL, asks again with
 * If-None-Match: on 304 it reuses its copy instead of fetching the answer again.
 */
@QuarkusTest
class ConditionalRequestTest extends FreshGatewayTest {

    static final String TAG = "W/\"synthetic-v1\"";

    @Inject
    ViewCache views;

    @Test
    void anAnswerOlderThanTheTtlIsRevalidatedAndReusedOn304() throws InterruptedException {
        tagged("market", "/api/summary");
        given().get(OVERVIEW).then().statusCode(200).body("sections.market.status", equalTo("complete"))
                .body("sections.market.data.publishers[0].sales.value", equalTo(1000));
        Thread.sleep(400); // past the TTL (300 ms in tests): the answer is revalidated, not taken as it is
        views.forget();
        given().get(OVERVIEW).then().statusCode(200)
                .body("complete", equalTo(true))
                .body("sections.market.status", equalTo("complete"))
                .body("sections.market.data.publishers[0].sales.value", equalTo(1000))
                .body("sections.market.data.publishers[0].nev_sales.derivation", equalTo("difference"));

        List<LoggedRequest> calls = DownstreamServers.server("market").findAll(getRequestedFor(urlPathEqualTo("/api/summary")));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).containsHeader("If-None-Match")).isFalse();
        assertThat(calls.get(1).getHeader("If-None-Match")).isEqualTo(TAG);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theExportsAndDeliveriesOverviewsAreRevalidatedAndReusedOn304() throws InterruptedException {
        tagged("exports", "/api/overview");
        tagged("deliveries", "/api/overview");
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true));
        Thread.sleep(400); // past the TTL (300 ms in tests)
        views.forget();
        given().get(OVERVIEW).then().statusCode(200)
                .body("complete", equalTo(true))
                .body("sections.exports.status", equalTo("complete"))
                .body("sections.exports.data.nev.figures[1].stated_as", equalTo("nearly 110"))
                .body("sections.brand_ranking.status", equalTo("complete"))
                .body("sections.brand_ranking.data.entries[0].deliveries", equalTo(200))
                .body("sections.group_rollups.status", equalTo("complete"))
                .body("sections.group_rollups.data[0].not_attributed.value", equalTo(100));

        for (String service : List.of("exports", "deliveries")) {
            List<LoggedRequest> calls = DownstreamServers.server(service)
                    .findAll(getRequestedFor(urlPathEqualTo("/api/overview")));
            assertThat(calls).as(service).hasSize(2);
            assertThat(calls.get(0).containsHeader("If-None-Match")).as(service).isFalse();
            assertThat(calls.get(1).getHeader("If-None-Match")).as(service).isEqualTo(TAG);
        }
    }

    @Test
    void withinTheTtlTheKnownAnswerIsUsedWithoutACall() {
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true));
        views.forget();
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true));
        DownstreamServers.server("market").verify(1, getRequestedFor(urlPathEqualTo("/api/summary")));
    }

    /** The service answers {@code path} with its healthy body and an ETag, and with 304 when asked with that tag. */
    private static void tagged(String service, String path) {
        String body = DownstreamServers.server(service).getStubMappings().stream()
                .filter(m -> path.equals(m.getRequest().getUrlPath())).findFirst().orElseThrow()
                .getResponse().getBody();
        DownstreamServers.server(service).stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", TAG).withBody(body)));
        DownstreamServers.server(service).stubFor(get(urlPathEqualTo(path))
                .withHeader("If-None-Match", WireMock.equalTo(TAG)).atPriority(1)
                .willReturn(aResponse().withStatus(304).withHeader("ETag", TAG)));
    }
}
