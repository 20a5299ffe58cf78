package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A figure's status (estimate, preliminary, final) as a publisher such as CPCA moves through them: each more settled
 * figure revises the one before, vintages keep each in its time, a less settled one after it is refused with the
 * reason, and a value derived from figures carries the least settled status among them.
 */
@QuarkusTest
class FigureStatusTest {

    static final String HEADER = "measure,segment,period,publisher,value,status,published,source\n";

    private static String row(String publisher, String period, long value, String status) {
        return "sales,passenger," + period + "," + publisher + "," + value + "," + status + ",2030-01,SYN status report\n";
    }

    @Test
    void anEstimateThenAPreliminaryThenTheFinalFigureEachReviseTheOneBefore() {
        String p = "SYN-status-in-order";
        loadCsv(HEADER + row(p, "2029-12", 2_270_000, "estimate")).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row(p, "2029-12", 2_361_000, "preliminary")).statusCode(200).body("revised", equalTo(1));
        loadCsv(HEADER + row(p, "2029-12", 2_350_000, "final")).statusCode(200).body("revised", equalTo(1));
        given().queryParam("publisher", p).queryParam("period", "2029-12").queryParam("measure", "sales")
                .queryParam("segment", "passenger").get("/api/figures/history").then().statusCode(200)
                .body("status", contains("estimate", "preliminary", "final"))
                .body("value", contains(2_270_000, 2_361_000, 2_350_000));
        given().queryParam("publisher", p).get("/api/figures").then().body("items[0].status", equalTo("final"));
        // the same final figure again changes nothing; a preliminary one after it is refused, and nothing is written
        loadCsv(HEADER + row(p, "2029-12", 2_350_000, "final")).statusCode(200).body("unchanged", equalTo(1));
        loadCsv(HEADER + row(p, "2029-12", 2_361_000, "preliminary")).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("less settled"))
                .body("errors[0].line", equalTo(2)).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("is preliminary, but the final figure of this key is stored"));
        given().queryParam("publisher", p).get("/api/figures").then().body("items[0].value", equalTo(2_350_000));
    }

    @Test
    void aFigureLessSettledThanTheStoredOneIsRefusedWhateverTheOrder() {
        String p = "SYN-status-out-of-order";
        loadCsv(HEADER + row(p, "2029-11", 1_000, "preliminary")).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row(p, "2029-11", 990, "estimate")).statusCode(400)
                .body("errors[0].message", containsString("is estimate, but the preliminary figure of this key"));
        // a blank status is final: it settles the preliminary figure
        loadCsv(HEADER + row(p, "2029-11", 1_010, "")).statusCode(200).body("revised", equalTo(1));
        given().queryParam("publisher", p).get("/api/figures").then().body("items[0].status", equalTo("final"));
        loadCsv(HEADER + row(p, "2029-11", 1_010, "settled")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aDerivedValueRestsOnItsLeastSettledFigure() {
        String p = "SYN-status-derived";
        loadCsv(HEADER + "production,all,2029-01/2029-06," + p + ",600,final,2029-07,SYN\n"
                + "production,all,2029-01/2029-07," + p + ",700,preliminary,2029-08,SYN\n").statusCode(200)
                .body("inserted", equalTo(2));
        given().queryParam("period", "2029-07").queryParam("publisher", p).get("/api/summary").then().statusCode(200)
                .body("publishers[0].production.value", equalTo(100))
                .body("publishers[0].production.derived", equalTo(true))
                .body("publishers[0].production.status", equalTo("preliminary"))
                .body("publishers[0].production.sources.status", containsInAnyOrder("preliminary", "final"));
        given().queryParam("measure", "production").queryParam("segment", "all").queryParam("publisher", p)
                .queryParam("from", "2029-06").queryParam("to", "2029-07").queryParam("units", "ytd")
                .get("/api/series").then().statusCode(200)
                .body("points.status", contains("final", "preliminary"));
        String csv = given().accept("text/csv").queryParam("publisher", p).get("/api/figures").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",stated_as,status,");
        assertThat(csv).contains(",preliminary,");
    }
}
