package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aSeriesJudgesEachStatedLevelThatItsOtherFiguresGive() {
        String p = "SYN-levels-series";
        loadCsv(HEADER
                + "production,all,2030-01/2030-06," + p + ",15000000,1000,15.000 million,2030-07,SYN half-year release\n"
                + "production,all,2030-01/2030-07," + p + ",17614000,1000,17.614 million,2030-08,SYN July release\n"
                + "production,all,2030-07," + p + ",2591000,1000,2.591 million,2030-08,SYN July release\n")
                .statusCode(200).body("inserted", equalTo(3));
        given().queryParam("measure", "production").queryParam("segment", "all").queryParam("publisher", p)
                .queryParam("from", "2030-06").queryParam("to", "2030-07").get("/api/series").then().statusCode(200)
                // June is neither stated nor derivable on its own: nothing to judge
                .body("points[0].value", nullValue()).body("points[0]", not(hasKey("derived_range")))
                .body("points[1].value", equalTo(2591000)).body("points[1].derived", equalTo(false))
                .body("points[1].derived_range.low", equalTo(2613000))
                .body("points[1].derived_range.high", equalTo(2615000))
                .body("points[1].derived_range.sources", containsInAnyOrder("2030-01/2030-07", "2030-H1"))
                .body("points[1].derived_range.judgement", equalTo("outside"))
                .body("points[1].derived_range.outside_by", equalTo(21500))
                .body("points[1].derived_range.flagged", equalTo(true));
        // the stated January-July total, judged the other way round: against the half year plus July
        given().queryParam("measure", "production").queryParam("segment", "all").queryParam("publisher", p)
                .queryParam("from", "2030-07").queryParam("to", "2030-07").queryParam("units", "ytd")
                .get("/api/series").then().statusCode(200)
                .body("points[0].value", equalTo(17614000))
                .body("points[0].derived_range.low", equalTo(17590000))
                .body("points[0].derived_range.high", equalTo(17592000))
                .body("points[0].derived_range.derivation", equalTo("sum"))
                .body("points[0].derived_range.flagged", equalTo(true));
        // a change between months is not a stated level: not judged
        given().queryParam("measure", "production").queryParam("segment", "all").queryParam("publisher", p)
                .queryParam("from", "2030-07").queryParam("to", "2030-07").queryParam("units", "ch1")
                .get("/api/series").then().statusCode(200).body("points[0]", not(hasKey("derived_range")));
        // the CSV download carries the judgement in columns of its own
        String csv = given().queryParam("measure", "production").queryParam("segment", "all")
                .queryParam("publisher", p).queryParam("from", "2030-07").queryParam("to", "2030-07")
                .queryParam("format", "csv").get("/api/series").then().statusCode(200).extract().asString();
        assertEquals("period,value,low,high,derived,status,derived_low,derived_high,derived_from,judgement,outside_by,"
                + "outside_by_pct", csv.lines().findFirst().orElseThrow());
        assertEquals("2030-07,2591000,2590500,2591500,false,final,2613000,2615000,2030-01/2030-07; 2030-H1,outside,"
                + "21500,0.83", csv.lines().skip(1).findFirst().orElseThrow());
    }
}
