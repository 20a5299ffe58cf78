package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Export figures a publisher stated, judged against the same period derived from its other figures of the same
 * definition, and each figure's status (estimate, preliminary, final) in the reconciliation.
 */
@QuarkusTest
class StatedLevelTest {

    static final String P = "SYN-export-levels";

    @Test
    void aStatedMonthIsJudgedAgainstItsYearToDateTotalsAndAYearAgainstItsHalves() {
        Map<String, String> thousands = Map.of("precision", "1000", "source", "SYN exports release");
        loadCsv(HEADER
                + row("all", "WORLD", "2029-01/2029-06", P, "syn-total", 3_000_000, null, thousands)
                + row("all", "WORLD", "2029-01/2029-07", P, "syn-total", 3_520_000, null, thousands)
                // July as stated: 30,000 below what the totals give (519,000 to 521,000), and preliminary
                + row("all", "WORLD", "2029-07", P, "syn-total", 490_000, null,
                        Map.of("precision", "1000", "status", "preliminary"))
                // another definition is never used to derive this one's July
                + row("all", "WORLD", "2029-01/2029-06", P, "syn-other", 100, null, Map.of())
                + row("all", "WORLD", "2029-07", P, "syn-other", 50, null, Map.of()))
                .statusCode(200).body("inserted", equalTo(5));
        String july = "figures.find { it.publisher == '" + P + "' && it.definition == 'syn-total' }";
        String other = "figures.find { it.publisher == '" + P + "' && it.definition == 'syn-other' }";
        given().queryParam("period", "2029-07").get("/api/reconciliation").then().statusCode(200)
                .body(july + ".value", equalTo(490000))
                .body(july + ".status", equalTo("preliminary"))
                .body(july + ".derived_range.low", equalTo(519000))
                .body(july + ".derived_range.high", equalTo(521000))
                .body(july + ".derived_range.derivation", equalTo("difference"))
                .body(july + ".derived_range.sources", hasSize(2))
                .body(july + ".derived_range.judgement", equalTo("outside"))
                .body(july + ".derived_range.outside_by", equalTo(28500))
                .body(july + ".derived_range.outside_by_pct", equalTo(5.82f))
                .body(july + ".derived_range.flagged", equalTo(true))
                .body(other + ".derived_range", nullValue());
    }

    @Test
    void aSeriesJudgesItsStatedMonthsAndDestinationsSayHowSettledEachFigureIs() {
        String p = "SYN-export-levels-series";
        Map<String, String> thousands = Map.of("precision", "1000");
        loadCsv(HEADER
                + row("all", "WORLD", "2031-01/2031-06", p, "syn-total", 3_000_000, null, thousands)
                + row("all", "WORLD", "2031-01/2031-07", p, "syn-total", 3_520_000, null, thousands)
                + row("all", "WORLD", "2031-07", p, "syn-total", 520_000, null, thousands)
                + row("all", "RU", "2031-07", p, "syn-total", 40_000, null, Map.of("status", "estimate")))
                .statusCode(200).body("inserted", equalTo(4));
        // July as stated lies inside what the year-to-date totals give: judged, not flagged
        given().queryParam("publisher", p).queryParam("from", "2031-07").queryParam("to", "2031-07")
                .get("/api/series").then().statusCode(200)
                .body("points[0].value", equalTo(520000))
                .body("points[0].derived_range.low", equalTo(519000))
                .body("points[0].derived_range.high", equalTo(521000))
                .body("points[0].derived_range.sources", hasSize(2))
                .body("points[0].derived_range.judgement", equalTo("inside"))
                .body("points[0].derived_range.flagged", equalTo(false));
        given().queryParam("period", "2031-07").queryParam("publisher", p).get("/api/destinations").then()
                .statusCode(200)
                .body("entries.find { it.destination == 'RU' }.status", equalTo("estimate"));
    }
}
