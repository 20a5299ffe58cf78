package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Derivations on obviously synthetic figures (publisher "synthetic-derivations"): a month from two cumulative
 * spans, year-on-year growth computed vs reported, shares, and FRED-style series transformations.
 */
@QuarkusTest
class DerivationTest {

    static final String P = "synthetic-derivations";

    @BeforeEach
    void load() {
        // idempotent: loading the same figures again changes nothing
        loadCsv(HEADER
                + "sales,all,2024-01/2024-10," + P + ",1000,,,,,,,,,\n"
                + "sales,all,2024-01/2024-11," + P + ",1100,,,,,,,,,\n"
                + "sales,all,2025-01/2025-10," + P + ",2000,,,,,,,,,\n"
                + "sales,all,2025-01/2025-11," + P + ",2250,,,,104.5,,,,,\n"
                + "sales,nev,2025-11," + P + ",100,,,,160,,,,,\n"
                + "sales,nev,2024-11," + P + ",40,,,,,,,,,\n"
                + "sales_share,nev,2025-11," + P + ",41,,,,,,,,,\n"
                + "sales,all,2023-01," + P + ",10,,,,,,,,,\n"
                + "sales,all,2023-02," + P + ",20,,,,,,,,,\n"
                + "sales,all,2023-03," + P + ",25,,,,,,,,,\n")
                .statusCode(200);
    }

    @Test
    void aMonthIsDerivedFromTwoCumulativeSpansAndNamesThem() {
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].sales.value", equalTo(250))
                .body("publishers[0].sales.derived", equalTo(true))
                .body("publishers[0].sales.derivation", equalTo("difference"))
                .body("publishers[0].sales.sources.period", contains("2025-01/2025-11", "2025-01/2025-10"))
                .body("publishers[0].sales.sources.value", contains(2250, 2000));
    }

    @Test
    void yearOnYearGrowthIsComputedFromTheSamePeriodAYearEarlier() {
        // November 2025 (250, derived) against November 2024 (1100 - 1000 = 100, derived): +150%
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].sales.yoy.computed.pct", equalTo(150.0f))
                .body("publishers[0].sales.yoy.computed.base_period", equalTo("2024-11"))
                .body("publishers[0].sales.yoy.reported", nullValue())
                // NEV: 100 against 40 is +150%, the publisher said +160%: both shown, 10 points apart, flagged
                .body("publishers[0].nev_sales.yoy.computed.pct", equalTo(150.0f))
                .body("publishers[0].nev_sales.yoy.reported.pct", equalTo(160))
                .body("publishers[0].nev_sales.yoy.difference_points", equalTo(10.0f))
                .body("publishers[0].nev_sales.yoy.flagged", equalTo(true));
    }

    @Test
    void reportedGrowthCloseToTheComputedOneIsNotFlagged() {
        // Jan-Nov 2025 2250 against Jan-Nov 2024 1100: +104.55%, reported +104.5%
        given().queryParam("period", "2025-01/2025-11").queryParam("publisher", P).get("/api/summary").then()
                .statusCode(200)
                .body("publishers[0].sales.derived", equalTo(false))
                .body("publishers[0].sales.yoy.computed.pct", equalTo(104.55f))
                .body("publishers[0].sales.yoy.reported.pct", equalTo(104.5f))
                .body("publishers[0].sales.yoy.difference_points", equalTo(-0.05f))
                .body("publishers[0].sales.yoy.flagged", equalTo(false));
    }

    @Test
    void nevShareIsComputedFromTheSamePublisherAndComparedWithTheReportedOne() {
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].nev_share.computed.pct", equalTo(40.0f))
                .body("publishers[0].nev_share.computed.numerator", equalTo(100))
                .body("publishers[0].nev_share.computed.denominator", equalTo(250))
                .body("publishers[0].nev_share.reported.pct", equalTo(41))
                .body("publishers[0].nev_share.flagged", equalTo(false));
    }

    @Test
    void seriesTransformationsFollowFred() {
        String base = "/api/series?measure=sales&segment=all&publisher=" + P + "&from=2023-01&to=2023-03&units=";
        given().get(base + "lin").then().statusCode(200).body("points.value", contains(10, 20, 25));
        given().get(base + "chg").then().statusCode(200).body("points.value", contains(null, 10, 5));
        given().get(base + "pch").then().statusCode(200).body("points.value", contains(null, 100, 25));
        given().get(base + "ytd").then().statusCode(200).body("points.value", contains(10, 30, 55))
                .body("points.derived", contains(false, true, true));
    }

    @Test
    void yearOnYearSeriesUsesDerivedMonths() {
        given().get("/api/series?measure=sales&segment=all&publisher=" + P + "&from=2025-11&to=2025-11&units=pc1")
                .then().statusCode(200).body("points[0].value", equalTo(150)).body("points[0].derived", equalTo(true));
    }

    @Test
    void seriesIsAvailableAsCsv() {
        String csv = given().accept("text/csv")
                .get("/api/series?measure=sales&segment=all&publisher=" + P + "&from=2023-01&to=2023-03").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.lines().toList()).containsExactly(
                "period,value,derived,approximate", "2023-01,10,false,false", "2023-02,20,false,false",
                "2023-03,25,false,false");
    }

    @Test
    void seriesNeedsAPublisherWhenSeveralHaveFigures() {
        loadCsv(HEADER + "sales,all,2023-01,synthetic-derivations-other,11,,,,,,,,,\n").statusCode(200);
        given().get("/api/series?measure=sales&segment=all&from=2023-01&to=2023-03").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
    }
}
