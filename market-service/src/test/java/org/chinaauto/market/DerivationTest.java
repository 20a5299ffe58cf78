package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.REST;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.chinaauto.testing.Estimates.estimate;
import static org.chinaauto.testing.Estimates.percentage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Derivations on obviously synthetic figures (publisher "synthetic-derivations"): a month from two cumulative
 * spans, year-on-year growth computed vs reported, shares, and FRED-style series transformations, all on bounds.
 */
@QuarkusTest
class DerivationTest {

    static final String P = "synthetic-derivations";
    static final String Q = "synthetic-bounds";

    @BeforeEach
    void load() {
        // idempotent: loading the same figures again changes nothing
        loadCsv(HEADER
                + "sales,all,2024-01/2024-10," + P + ",1000" + REST + "\n"
                + "sales,all,2024-01/2024-11," + P + ",1100" + REST + "\n"
                + "sales,all,2025-01/2025-10," + P + ",2000" + REST + "\n"
                + "sales,all,2025-01/2025-11," + P + ",2250,,,,104.5,,,,,,,\n"
                + "sales,nev,2025-11," + P + ",100,,,,160,,,,,,,\n"
                + "sales,nev,2024-11," + P + ",40" + REST + "\n"
                + "sales_share,nev,2025-11," + P + ",41" + REST + "\n"
                + "sales,all,2023-01," + P + ",10" + REST + "\n"
                + "sales,all,2023-02," + P + ",20" + REST + "\n"
                + "sales,all,2023-03," + P + ",25" + REST + "\n"
                + "sales_share,nev,2023-01," + P + ",20" + REST + "\n"
                + "sales_share,nev,2023-02," + P + ",30.5" + REST + "\n"
                // stated forms: "nearly 2.3 thousand" (2200..2300) and "over 1,000" (1000..1010)
                + "sales,all,2025-01/2025-11," + Q + ",2300,nearly,100,nearly 2.3 thousand,,,,,,,,\n"
                + "sales,all,2025-01/2025-10," + Q + ",1000,over,10,over 1000,,,,,,,,\n"
                + "sales,all,2024-11," + Q + ",1000,,100,1.0 thousand,25,over,,,,,,\n")
                .statusCode(200);
    }

    @Test
    void aMonthIsDerivedFromTwoCumulativeSpansAndNamesThem() {
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].sales", estimate(250, 250, 250))
                .body("publishers[0].sales.derived", equalTo(true))
                .body("publishers[0].sales.derivation", equalTo("difference"))
                .body("publishers[0].sales", not(hasKey("qualifier")))
                .body("publishers[0].sales.sources.period", contains("2025-01/2025-11", "2025-01/2025-10"))
                .body("publishers[0].sales.sources.value", contains(2250, 2000));
    }

    @Test
    void aDifferenceOfStatedFormsHasTheBoundsOfItsInputs() {
        // (2200..2300) - (1000..1010) = 1190..1300, shown as the midpoint 1245; a derived value has no qualifier
        given().queryParam("period", "2025-11").queryParam("publisher", Q).get("/api/summary").then().statusCode(200)
                .body("publishers[0].sales", estimate(1245, 1190, 1300))
                .body("publishers[0].sales.derived", equalTo(true))
                .body("publishers[0].sales", not(hasKey("qualifier")))
                .body("publishers[0].sales.sources.low", contains(2200, 1000))
                .body("publishers[0].sales.sources.high", contains(2300, 1010))
                // growth on bounds against November 2024 (950..1050): 1190/1050 - 1 = 13.33% to 1300/950 - 1 = 36.84%
                .body("publishers[0].sales.yoy.computed", percentage(25.09f, 13.33f, 36.84f));
    }

    @Test
    void yearOnYearGrowthIsComputedFromTheSamePeriodAYearEarlier() {
        // November 2025 (250, derived) against November 2024 (1100 - 1000 = 100, derived): +150%
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].sales.yoy.computed", percentage(150, 150, 150))
                .body("publishers[0].sales.yoy.computed.base_period", equalTo("2024-11"))
                .body("publishers[0].sales.yoy.computed.numerator.value", equalTo(250))
                .body("publishers[0].sales.yoy.computed.denominator.value", equalTo(100))
                .body("publishers[0].sales.yoy", not(hasKey("reported")))
                .body("publishers[0].sales.yoy", not(hasKey("judgement")))
                // NEV: 100 against 40 is +150%; the publisher said +160% (159.5..160.5): outside by 9.5 points, flagged
                .body("publishers[0].nev_sales.yoy.computed.pct", equalTo(150))
                .body("publishers[0].nev_sales.yoy.reported", percentage(160, 159.5f, 160.5f))
                .body("publishers[0].nev_sales.yoy.judgement", equalTo("outside"))
                .body("publishers[0].nev_sales.yoy.outside_by_points", equalTo(9.5f))
                .body("publishers[0].nev_sales.yoy.flagged", equalTo(true));
    }

    @Test
    void reportedGrowthWithinTheComputedRangeIsNotFlagged() {
        // Jan-Nov 2025 2250 against Jan-Nov 2024 1100: +104.55%, reported +104.5% (104.45..104.55)
        given().queryParam("period", "2025-01/2025-11").queryParam("publisher", P).get("/api/summary").then()
                .statusCode(200)
                .body("publishers[0].sales.derived", equalTo(false))
                .body("publishers[0].sales.yoy.computed.pct", equalTo(104.55f))
                .body("publishers[0].sales.yoy.reported.pct", equalTo(104.5f))
                .body("publishers[0].sales.yoy.judgement", equalTo("inside"))
                .body("publishers[0].sales.yoy.outside_by_points", equalTo(0))
                .body("publishers[0].sales.yoy.flagged", equalTo(false));
    }

    @Test
    void nevShareIsComputedFromTheSamePublisherAndJudgedAgainstTheReportedOne() {
        // 100 / 250 = 40% exactly; the reported 41% (40.5..41.5) lies 0.5 points outside
        given().queryParam("period", "2025-11").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                .body("publishers[0].nev_share.computed", percentage(40, 40, 40))
                .body("publishers[0].nev_share.computed.numerator.value", equalTo(100))
                .body("publishers[0].nev_share.computed.denominator.value", equalTo(250))
                .body("publishers[0].nev_share.reported", percentage(41, 40.5f, 41.5f))
                .body("publishers[0].nev_share.judgement", equalTo("outside"))
                .body("publishers[0].nev_share.outside_by_points", equalTo(0.5f))
                .body("publishers[0].nev_share.flagged", equalTo(true));
    }

    @Test
    void seriesTransformationsFollowFred() {
        String base = "/api/series?measure=sales&segment=all&publisher=" + P + "&from=2023-01&to=2023-03&units=";
        given().get(base + "lin").then().statusCode(200).body("points.value", contains(10, 20, 25))
                .body("points.low", contains(10, 20, 25)).body("points.high", contains(10, 20, 25));
        given().get(base + "chg").then().statusCode(200).body("points.value", contains(null, 10, 5));
        given().get(base + "pch").then().statusCode(200).body("points.value", contains(null, 100, 25));
        given().get(base + "ytd").then().statusCode(200).body("points.value", contains(10, 30, 55))
                .body("points.derived", contains(false, true, true));
    }

    @Test
    void seriesPointsCarryTheBoundsOfTheirInputs() {
        // Nov 2025 = (2200..2300) - (1000..1010); against Nov 2024 (950..1050) in percent, to two decimals
        String base = "/api/series?measure=sales&segment=all&publisher=" + Q + "&from=2025-11&to=2025-11&units=";
        given().get(base + "lin").then().statusCode(200).body("points[0].value", equalTo(1245))
                .body("points[0].low", equalTo(1190)).body("points[0].high", equalTo(1300))
                .body("points[0].derived", equalTo(true)).body("points[0]", not(hasKey("approximate")));
        given().get(base + "pc1").then().statusCode(200).body("points[0].low", equalTo(13.33f))
                .body("points[0].high", equalTo(36.84f)).body("points[0].value", equalTo(25.09f));
        given().get(base + "ytd").then().statusCode(200).body("points[0].value", equalTo(2300))
                .body("points[0].low", equalTo(2200)).body("points[0].high", equalTo(2300))
                .body("points[0].derived", equalTo(false));
    }

    @Test
    void sharesAreNeverSummedOrDifferencedIntoOtherPeriods() {
        String base = "/api/series?measure=sales_share&segment=nev&publisher=" + P + "&from=2023-01&to=2023-03&units=";
        given().get(base + "lin").then().statusCode(200).body("points.value", contains(20, 30.5f, null))
                .body("points.low", contains(19.5f, 30.45f, null));
        // January's year-to-date share is January's; February's would be a sum of shares: not available
        given().get(base + "ytd").then().statusCode(200).body("points.value", contains(20, null, null));
        given().queryParam("period", "2023-01/2023-02").queryParam("publisher", P).get("/api/summary").then()
                .statusCode(200).body("publishers[0].nev_share", nullValue());
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
                "period,value,low,high,derived,status,derived_low,derived_high,derived_from,judgement,"
                + "outside_by,outside_by_pct", "2023-01,10,10,10,false,final,,,,,,", "2023-02,20,20,20,false,final,,,,,,",
                "2023-03,25,25,25,false,final,,,,,,");
    }

    @Test
    void seriesNeedsAPublisherWhenSeveralHaveFigures() {
        loadCsv(HEADER + "sales,all,2023-01,synthetic-derivations-other,11" + REST + "\n").statusCode(200);
        given().get("/api/series?measure=sales&segment=all&from=2023-01&to=2023-03").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
    }
}
