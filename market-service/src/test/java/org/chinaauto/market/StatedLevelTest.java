package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A month a publisher stated, judged against the same month derived from its year-to-date totals: a publisher that
 * revises earlier months inside its totals without saying so shows as a stated month outside the derived range.
 */
@QuarkusTest
class StatedLevelTest {

    static final String HEADER = "measure,segment,period,publisher,value,precision,stated_as,published,source\n";
    static final String P = "SYN-levels";

    @Test
    void aStatedMonthOutsideTheRangeItsYearToDateTotalsGiveIsFlagged() {
        // production: Jan-Jul minus Jan-Jun gives 2,614,000 (2,613,000 to 2,615,000), 21,500 above the stated month
        // sales: Jan-Jul minus Jan-Jun gives 2,500,000 (2,499,000 to 2,501,000), which the stated month lies inside
        loadCsv(HEADER
                + "production,all,2029-01/2029-06," + P + ",15000000,1000,15.000 million,2029-07,SYN half-year release\n"
                + "production,all,2029-01/2029-07," + P + ",17614000,1000,17.614 million,2029-08,SYN July release\n"
                + "production,all,2029-07," + P + ",2591000,1000,2.591 million,2029-08,SYN July release\n"
                + "sales,all,2029-01/2029-06," + P + ",14000000,1000,14.000 million,2029-07,SYN half-year release\n"
                + "sales,all,2029-01/2029-07," + P + ",16500000,1000,16.500 million,2029-08,SYN July release\n"
                + "sales,all,2029-07," + P + ",2500000,1000,2.500 million,2029-08,SYN July release\n")
                .statusCode(200).body("inserted", equalTo(6));
        String production = "publishers[0].production";
        String sales = "publishers[0].sales";
        given().queryParam("period", "2029-07").queryParam("publisher", P).get("/api/summary").then().statusCode(200)
                // the stated figure as it is
                .body(production + ".value", equalTo(2591000)).body(production + ".derived", equalTo(false))
                .body(production + ".stated_as", equalTo("2.591 million"))
                // beside it, the derived range with its figures, judged
                .body(production + ".derived_range.low", equalTo(2613000))
                .body(production + ".derived_range.high", equalTo(2615000))
                .body(production + ".derived_range.derivation", equalTo("difference"))
                .body(production + ".derived_range.sources.period", containsInAnyOrder("2029-01/2029-07", "2029-H1"))
                .body(production + ".derived_range.judgement", equalTo("outside"))
                .body(production + ".derived_range.outside_by", equalTo(21500))
                .body(production + ".derived_range.outside_by_pct", equalTo(0.83f))
                .body(production + ".derived_range.flagged", equalTo(true))
                .body(sales + ".derived_range.judgement", equalTo("inside"))
                .body(sales + ".derived_range.outside_by", equalTo(0))
                .body(sales + ".derived_range.flagged", equalTo(false));
        // a span that nothing else gives is not judged
        given().queryParam("period", "2029-01/2029-06").queryParam("publisher", P).get("/api/summary").then()
                .statusCode(200).body(production, not(hasKey("derived_range")));
    }
}
