package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The release calendar of the suite: the three services' calendars read at the same time and put side by side, each
 * entry naming its service; a service that is down leaves its section unavailable and the others' entries shown.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServers.class)
class CalendarViewTest extends FreshGatewayTest {

    @Test
    void everyServicesEntriesSideBySideByPublisher() {
        given().get("/api/calendar").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("today", equalTo("2030-05-20"))
                .body("sections.market.status", equalTo("complete"))
                .body("sections.exports.status", equalTo("complete"))
                .body("sections.deliveries.status", equalTo("complete"))
                .body("entries.publisher", contains("synthetic-a", "synthetic-maker", "synthetic-publisher"))
                .body("entries.service", contains("exports", "deliveries", "market"))
                .body("entries.status", contains("due", "on_time", "late"))
                .body("entries[2].days_late", equalTo(6))
                .body("entries[2].due_by", equalTo("2030-05-14"))
                .body("entries[2].grace_days", equalTo(3))
                .body("entries[2].basis", equalTo("SYN basis"));
    }

    @Test
    void theVintageIsPassedToEveryService() {
        given().get("/api/calendar?vintage=2030-05-20").then().statusCode(200).body("vintage", equalTo("2030-05-20"));
        for (String service : new String[] { "market", "exports", "deliveries" }) {
            DownstreamServers.server(service).verify(getRequestedFor(urlPathEqualTo("/api/calendar"))
                    .withQueryParam("vintage", WireMock.equalTo("2030-05-20")));
        }
        given().get("/api/calendar?vintage=someday").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionUnavailableAndTheOthersEntriesShown() {
        DownstreamServers.takeDown("exports");
        given().get("/api/calendar").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("sections.exports.status", equalTo("unavailable"))
                .body("sections.exports.problem.detail", containsString("unreachable"))
                .body("sections.market.status", equalTo("complete"))
                .body("entries.publisher", contains("synthetic-maker", "synthetic-publisher"))
                .body("sections.exports.data", nullValue());
    }
}
