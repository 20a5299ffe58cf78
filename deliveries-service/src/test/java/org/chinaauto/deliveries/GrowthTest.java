package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.chinaauto.testing.Estimates.percentage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Brand history on a synthetic brand with prior-year months: growth computed on bounds vs stated, all-time highs. */
@QuarkusTest
class GrowthTest {

    static final String B = "synthetic-brand-401";
    static final String P = "synthetic-growth";

    @BeforeEach
    void load() {
        brands(B);
        // idempotent: loading the same figures again changes nothing
        loadCsv(HEADER
                + B + ",2093-01," + P + ",100,,,false,,,\n"
                + B + ",2093-02," + P + ",150,,50,false,,,\n"
                + B + ",2094-01," + P + ",130,30,,false,,,\n"
                + B + ",2094-02," + P + ",150,10,,false,stated growth disagrees,,\n"
                + B + ",2094-03," + P + ",200,,,true,a stated record month,,\n").statusCode(200);
    }

    @Test
    void growthIsComputedOnlyWhereBothMonthsAreKnownAndTheStatedOneIsJudgedAgainstIt() {
        given().queryParam("from", "2094-01").queryParam("to", "2094-03").get("/api/brands/" + B + "/history").then()
                .statusCode(200)
                .body("points.period", contains("2094-01", "2094-02", "2094-03"))
                .body("points.deliveries", contains(130, 150, 200))
                .body("points.low", contains(130, 150, 200))
                .body("points.high", contains(130, 150, 200))
                // December 2093 is not known and nothing was stated: no month-on-month growth for January
                .body("points[0].mom", nullValue())
                .body("points[1].mom.computed.pct", equalTo(15.38f))
                .body("points[2].mom.computed.pct", equalTo(33.33f))
                .body("points[1].mom.reported", nullValue())
                .body("points[1].mom.computed.base_period", equalTo("2094-01"))
                .body("points[1].mom.computed.numerator.value", equalTo(150))
                .body("points[1].mom.computed.denominator.value", equalTo(130))
                // March 2093 is not known: no year-on-year growth for March
                .body("points[2].yoy", nullValue())
                .body("points[0].yoy.computed", percentage(30, 30, 30))
                .body("points[0].yoy.computed.base_period", equalTo("2093-01"))
                .body("points[1].yoy.computed.pct", equalTo(0))
                // a stated 30% is 29.5% to 30.5%: inside the computed 30%; a stated 10% is 9.5 points above 0%
                .body("points[0].yoy.reported", percentage(30, 29.5f, 30.5f))
                .body("points[0].yoy.judgement", equalTo("inside"))
                .body("points[0].yoy.outside_by_points", equalTo(0))
                .body("points[0].yoy.flagged", equalTo(false))
                .body("points[1].yoy.reported.pct", equalTo(10))
                .body("points[1].yoy.judgement", equalTo("outside"))
                .body("points[1].yoy.outside_by_points", equalTo(9.5f))
                .body("points[1].yoy.flagged", equalTo(true))
                // 130 and 150 are below or equal to February 2093's 150; 200 is a new high
                .body("points.all_time_high", contains(false, false, true))
                .body("points.stated_record", contains(false, false, true))
                .body("points[2].notes", equalTo("a stated record month"));
    }

    @Test
    void historyDefaultsToTheMonthsKnownAndShowsGaps() {
        given().get("/api/brands/" + B + "/history").then().statusCode(200)
                .body("from", equalTo("2093-01")).body("to", equalTo("2094-03"))
                .body("points", hasSize(15))
                // no earlier month is known: the first month is no all-time high
                .body("points[0].all_time_high", nullValue())
                .body("points[1].mom.computed.pct", equalTo(50))
                .body("points[1].mom.reported.pct", equalTo(50))
                .body("points[1].mom.judgement", equalTo("inside"))
                .body("points[1].all_time_high", equalTo(true))
                .body("points[2].deliveries", nullValue())
                .body("points[2].all_time_high", nullValue());
    }

    @Test
    void badHistoryRequestsAreProblems() {
        given().queryParam("from", "2094-13").get("/api/brands/" + B + "/history").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2094-03").queryParam("to", "2094-01").get("/api/brands/" + B + "/history").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().get("/api/brands/synthetic-brand-none/history").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
