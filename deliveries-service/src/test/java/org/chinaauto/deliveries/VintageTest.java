package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Vintages on the default dataset, loaded on this fresh database today: the November 2025 deliveries were
 * published in December 2025 (R4), so they count from 2025-12-31 whatever their load time.
 */
@QuarkusTest
class VintageTest {

    static final String BEFORE = "2025-11-30";
    static final String AFTER = "2025-12-31";

    @Test
    void beforeTheReportNoDeliveryIsShown() {
        given().queryParam("vintage", BEFORE).get("/api/deliveries").then().statusCode(200)
                .body("items", hasSize(0)).body("items", hasSize(0)).body("vintage", equalTo(BEFORE));
        given().queryParam("vintage", BEFORE).queryParam("subject", "hima").queryParam("period", "2025-11")
                .queryParam("publisher", "HIMA").get("/api/deliveries/history").then().statusCode(200)
                .body("", hasSize(0));
        given().queryParam("vintage", BEFORE).queryParam("period", "2025-11").get("/api/groups/hima/rollup").then()
                .statusCode(200)
                .body("vintage", equalTo(BEFORE))
                .body("reported_total", nullValue())
                .body("not_attributed", nullValue())
                .body("members", hasSize(0));
        given().queryParam("vintage", BEFORE).queryParam("period", "2025-11").get("/api/rollups").then().statusCode(200)
                .body("", hasSize(0));
        given().queryParam("vintage", BEFORE).queryParam("period", "2025-11").queryParam("level", "group")
                .get("/api/rankings").then().statusCode(200)
                .body("vintage", equalTo(BEFORE)).body("entries", hasSize(0)).body("total", nullValue());
        given().queryParam("vintage", BEFORE).queryParam("from", "2025-11").queryParam("to", "2025-11")
                .get("/api/brands/aito/history").then().statusCode(200)
                .body("vintage", equalTo(BEFORE)).body("points[0].deliveries", nullValue());
        given().queryParam("vintage", BEFORE).get("/api/brands/leapmotor/targets").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void byTheEndOfDecember2025TheReportedFiguresAreShown() {
        given().queryParam("vintage", AFTER).queryParam("subject", "hima").get("/api/deliveries").then()
                .statusCode(200).body("items.deliveries", contains(81864)).body("vintage", equalTo(AFTER));
        // a month stands for its last day
        given().queryParam("vintage", "2025-12").queryParam("subject", "hima").get("/api/deliveries").then()
                .statusCode(200).body("items.deliveries", contains(81864)).body("vintage", equalTo(AFTER));
        given().queryParam("vintage", AFTER).queryParam("period", "2025-11").get("/api/groups/hima/rollup").then()
                .statusCode(200)
                .body("reported_total.value", equalTo(81864))
                .body("not_attributed.value", equalTo(44568));
        given().queryParam("vintage", AFTER).queryParam("period", "2025-11").get("/api/rankings").then()
                .statusCode(200).body("entries.slug", contains("leapmotor", "aito", "luxeed", "stelato"));
        given().queryParam("vintage", AFTER).get("/api/brands/leapmotor/targets").then().statusCode(200)
                .body("vintage", equalTo(AFTER)).body("revisions", hasSize(1)).body("delivered_at_least", equalTo(70327));
        given().queryParam("vintage", AFTER).queryParam("from", "2025-11").queryParam("to", "2025-11")
                .get("/api/brands/aito/history").then().statusCode(200).body("points[0].deliveries", equalTo(18827));
    }

    @Test
    void aMalformedVintageIsAProblemNamingTheParameter() {
        String[][] reads = { { "/api/deliveries", "" }, { "/api/rankings", "period=2025-11" },
                { "/api/rollups", "period=2025-11" }, { "/api/groups/hima/rollup", "period=2025-11" },
                { "/api/brands/aito/history", "" }, { "/api/brands/leapmotor/targets", "" },
                { "/api/deliveries/history", "subject=hima&period=2025-11&publisher=HIMA" } };
        for (String[] read : reads) {
            for (String vintage : new String[] { "2025-13-01", "yesterday" }) {
                given().queryParam("vintage", vintage).get(read[0] + (read[1].isEmpty() ? "" : "?" + read[1])).then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("vintage"))
                        .body("detail", containsString(vintage));
            }
        }
    }
}
