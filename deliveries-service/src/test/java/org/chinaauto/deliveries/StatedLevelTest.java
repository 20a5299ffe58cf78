package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.TARGET_HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.group;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadTargets;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A carmaker's deliveries for a month, judged against the same month derived from its year-to-date deliveries; a
 * preliminary month that the final one settles; and a sum resting on a preliminary month is preliminary.
 */
@QuarkusTest
class StatedLevelTest {

    static final String HEADER = "subject,period,publisher,deliveries,status,published,source\n";
    static final String P = "SYN-deliveries-levels";

    @Test
    void aStatedMonthIsJudgedAgainstTheYearToDateDeliveriesThatGiveIt() {
        brands("syn-level-brand", "syn-level-other");
        loadCsv(HEADER
                + "syn-level-brand,2029-01/2029-02," + P + ",20000,,2029-03,SYN release\n"
                + "syn-level-brand,2029-01/2029-03," + P + ",31000,,2029-04,SYN release\n"
                // March as stated: 1,000 below what the year-to-date deliveries give
                + "syn-level-brand,2029-03," + P + ",10000,,2029-04,SYN release\n"
                + "syn-level-other,2029-03," + P + ",5000,preliminary,2029-04,SYN release\n")
                .statusCode(200).body("inserted", equalTo(4));
        String brand = "entries.find { it.slug == 'syn-level-brand' }";
        String other = "entries.find { it.slug == 'syn-level-other' }";
        given().queryParam("period", "2029-03").queryParam("publisher", P).get("/api/rankings").then()
                .statusCode(200)
                .body(brand + ".deliveries", equalTo(10000))
                .body(brand + ".status", equalTo("final"))
                .body(brand + ".derived_range.low", equalTo(11000))
                .body(brand + ".derived_range.high", equalTo(11000))
                .body(brand + ".derived_range.derivation", equalTo("difference"))
                .body(brand + ".derived_range.sources", hasSize(2))
                .body(brand + ".derived_range.judgement", equalTo("outside"))
                .body(brand + ".derived_range.outside_by", equalTo(1000))
                .body(brand + ".derived_range.outside_by_pct", equalTo(10))
                .body(brand + ".derived_range.flagged", equalTo(true))
                .body(other + ".status", equalTo("preliminary"))
                .body(other + ".derived_range", nullValue());
        // the final figure settles the preliminary one; a preliminary one after it is refused
        loadCsv(HEADER + "syn-level-other,2029-03," + P + ",5100,final,2029-05,SYN release\n").statusCode(200)
                .body("revised", equalTo(1));
        loadCsv(HEADER + "syn-level-other,2029-03," + P + ",5000,preliminary,2029-05,SYN release\n")
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("period", "2029-03").queryParam("publisher", P).get("/api/rankings").then()
                .body(other + ".status", equalTo("final")).body(other + ".deliveries", equalTo(5100));
    }

    @Test
    void historiesAndRollupsJudgeStatedMonthsAndTargetProgressSaysHowSettledItIs() {
        brands("syn-level-member");
        group("syn-level-group", "[{\"brand\":\"syn-level-member\"}]").statusCode(200);
        loadCsv(HEADER
                + "syn-level-group,2032-01/2032-02," + P + ",20000,,2032-03,SYN release\n"
                + "syn-level-group,2032-01/2032-03," + P + ",31000,,2032-04,SYN release\n"
                // the group's March as stated: 1,000 below what its year-to-date totals give
                + "syn-level-group,2032-03," + P + ",10000,,2032-04,SYN release\n"
                + "syn-level-member,2032-01/2032-02," + P + ",8000,,2032-03,SYN release\n"
                + "syn-level-member,2032-01/2032-03," + P + ",12000,,2032-04,SYN release\n"
                + "syn-level-member,2032-02," + P + ",3000,preliminary,2032-03,SYN release\n"
                // the member's March as stated: exactly what its year-to-date totals give
                + "syn-level-member,2032-03," + P + ",4000,,2032-04,SYN release\n")
                .statusCode(200).body("inserted", equalTo(7));
        given().queryParam("from", "2032-02").queryParam("to", "2032-03").get("/api/brands/syn-level-member/history")
                .then().statusCode(200)
                .body("points[0].status", equalTo("preliminary"))
                .body("points[0]", not(hasKey("derived_range")))
                .body("points[1].deliveries", equalTo(4000))
                .body("points[1].derived_range.low", equalTo(4000))
                .body("points[1].derived_range.derivation", equalTo("difference"))
                .body("points[1].derived_range.judgement", equalTo("inside"))
                .body("points[1].derived_range.flagged", equalTo(false));
        given().queryParam("period", "2032-03").get("/api/groups/syn-level-group/rollup").then().statusCode(200)
                .body("reported_total.value", equalTo(10000))
                .body("derived_range.low", equalTo(11000))
                .body("derived_range.high", equalTo(11000))
                .body("derived_range.sources", hasSize(2))
                .body("derived_range.judgement", equalTo("outside"))
                .body("derived_range.outside_by", equalTo(1000))
                .body("derived_range.flagged", equalTo(true));
        // progress counts February's preliminary figure, and says so
        loadTargets(TARGET_HEADER + "syn-level-member,2032,1,2032-01,50000,,," + P + ",,,\n").statusCode(200);
        given().queryParam("year", 2032).get("/api/brands/syn-level-member/targets").then().statusCode(200)
                .body("months_known", contains("2032-02", "2032-03"))
                .body("status", equalTo("preliminary"));
    }
}
