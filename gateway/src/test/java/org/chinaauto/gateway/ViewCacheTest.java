package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A complete view is kept for the cache TTL, per view, parameters and snapshot: asked for again, it is answered as
 * it was, without a call to any service. A view with a section missing is not kept. The TTL is a minute here (the
 * test profile's 300 ms would expire views between two rounds of requests on a busy machine).
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServers.class)
@TestProfile(ViewCacheTest.LongTtl.class)
class ViewCacheTest extends FreshGatewayTest {

    public static class LongTtl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.ttl", "1M");
        }
    }


    @Test
    void aCompleteViewIsServedAgainWithoutAnyDownstreamCall() {
        String first = given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true)).extract().asString();
        forgetStubRequests();
        String again = given().get(OVERVIEW).then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(calls()).isZero();

        // another snapshot and another period are other views
        given().get(OVERVIEW + "&vintage=2030-06-30").then().statusCode(200).body("vintage", equalTo("2030-06-30"));
        assertThat(calls()).isEqualTo(3);
        given().get("/api/overview?period=2030-04").then().statusCode(200);
        assertThat(calls()).isEqualTo(6);
    }

    @Test
    void everyViewIsCachedAndTheTimelineCsvReadsTheCachedView() {
        for (String view : SnapshotTest.VIEWS) {
            given().get(view).then().statusCode(200);
        }
        forgetStubRequests();
        for (String view : SnapshotTest.VIEWS) {
            given().get(view).then().statusCode(200);
        }
        given().accept("text/csv").get("/api/timeline?from=2030-01&to=2030-12").then().statusCode(200);
        assertThat(calls()).isZero();
    }

    @Test
    void aPartialViewIsNotKept() {
        DownstreamServers.takeDown("deliveries");
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(false));
        DownstreamServers.restart("deliveries");
        DownstreamServers.healthy(0);
        CircuitBreakerMaintenance.get().resetAll();
        given().get(OVERVIEW).then().statusCode(200).body("complete", equalTo(true))
                .body("sections.brand_ranking.status", equalTo("complete"));
        DownstreamServers.server("deliveries").verify(1, getRequestedFor(urlPathEqualTo("/api/overview")));
    }

    private static int calls() {
        return DownstreamServers.SERVERS.values().stream().mapToInt(s -> s.getAllServeEvents().size()).sum();
    }
}
