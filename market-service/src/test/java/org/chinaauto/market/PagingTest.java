package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.REST;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Lists and summaries page without counting every match: a page says whether another follows (has_more, and a Link
 * header naming it), and the summary pages its publishers in alphabetical order.
 */
@QuarkusTest
class PagingTest {

    /** Three publishers with two months of sales; loading them again leaves them unchanged. */
    @BeforeEach
    void load() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String publisher : new String[] { "SYNPAGE-C", "SYNPAGE-A", "SYNPAGE-B" }) {
            csv.append("sales,all,2040-04,").append(publisher).append(",1000").append(REST).append('\n');
            csv.append("sales,all,2040-05,").append(publisher).append(",1200").append(REST).append('\n');
            csv.append("sales,nev,2040-05,").append(publisher).append(",600").append(REST).append('\n');
        }
        loadCsv(csv.toString()).statusCode(200);
    }

    @Test
    void aListPageSaysWhetherAnotherFollowsAndLinksToIt() {
        given().queryParam("publisher", "SYNPAGE-A").queryParam("size", 2).get("/api/figures").then().statusCode(200)
                .body("items.period", contains("2040-04", "2040-05")).body("has_more", equalTo(true))
                .body("$", not(hasKey("total")))
                .header("Link", containsString("page=1"))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("publisher", "SYNPAGE-A").queryParam("size", 2).queryParam("page", 1).get("/api/figures")
                .then().statusCode(200).body("items.segment", contains("nev")).body("has_more", equalTo(false))
                .header("Link", nullValue());
        // exactly one page of figures: nothing follows
        given().queryParam("publisher", "SYNPAGE-A").queryParam("size", 3).get("/api/figures").then()
                .body("items.period", contains("2040-04", "2040-05", "2040-05")).body("has_more", equalTo(false))
                .header("Link", nullValue());
        // CSV downloads page the same way
        given().queryParam("publisher", "SYNPAGE-B").queryParam("size", 1).queryParam("format", "csv")
                .get("/api/figures").then().statusCode(200).header("Link", containsString("page=1"))
                .body(containsString("SYNPAGE-B"));
    }

    @Test
    void theSummaryPagesItsPublishersAlphabetically() {
        given().queryParam("period", "2040-05").queryParam("size", 2).get("/api/summary").then().statusCode(200)
                .body("publishers.publisher", contains("SYNPAGE-A", "SYNPAGE-B")).body("page", equalTo(0))
                .body("size", equalTo(2)).body("has_more", equalTo(true))
                .body("publishers[0].sales.value", equalTo(1200))
                .body("publishers[0].sales.yoy", nullValue())
                .body("publishers[0].nev_share.computed.pct", equalTo(50));
        given().queryParam("period", "2040-05").queryParam("size", 2).queryParam("page", 1).get("/api/summary").then()
                .statusCode(200).body("publishers.publisher", contains("SYNPAGE-C")).body("has_more", equalTo(false));
        given().queryParam("period", "2040-05").queryParam("publisher", "SYNPAGE-B").get("/api/summary").then()
                .statusCode(200).body("publishers.publisher", contains("SYNPAGE-B")).body("has_more", equalTo(false));
    }

    @Test
    void aPageSizeAboveTheMaximumIsABadRequest() {
        given().queryParam("period", "2040-05").queryParam("size", 100_000).get("/api/summary").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("between 1 and"));
    }
}
