package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chinaauto.testing.ReportQuotes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Export figures that name their report and quote its sentence keep both, in JSON and CSV, and load again unchanged;
 * a value derived from several figures names their reports.
 */
@QuarkusTest
class ReportQuoteLoadTest {

    @Test
    void aFigureKeepsItsReportAndSentence() {
        ReportQuotes.assertQuotedFiguresLoadAndReadBack("/api/figures", "SYN-export-report-quote",
                period -> world(period, "SYN-export-report-quote"));
    }

    @Test
    void aQuoteWithoutItsReportIsRefusedAndNothingIsWritten() {
        ReportQuotes.assertAQuoteWithoutItsReportIsRefused("/api/figures", "SYN-export-report-quote-refused",
                period -> world(period, "SYN-export-report-quote-refused"));
    }

    @Test
    void aPublishedAmountShowsItsReportAndQuoteADerivedOneItsReports() {
        String p = "SYN-export-report-ids";
        loadCsv(HEADER + row("all", "WORLD", "2073-H1", p, "syn-total", 1000, null, Map.of("report_id", "7"))
                + row("all", "WORLD", "2073", p, "syn-total", 2500, null, Map.of("report_id", "8"))
                + row("nev", "WORLD", "2073-H2", p, "syn-total", 600, null,
                        Map.of("report_id", "9", "quote", "NEV exports were 600 in the second half.")))
                .statusCode(200).body("inserted", equalTo(3));
        given().queryParam("period", "2073-H2").queryParam("publisher", p).get("/api/nev-share").then()
                .statusCode(200)
                .body("nev_exports.report_id", equalTo(9))
                .body("nev_exports.quote", equalTo("NEV exports were 600 in the second half."))
                .body("nev_exports.report_ids", contains(9))
                // the year minus its first half: two reports, no sentence of its own
                .body("all_exports.derived", equalTo(true))
                .body("all_exports.report_id", nullValue()).body("all_exports.quote", nullValue())
                .body("all_exports.report_ids", contains(7, 8));
        given().queryParam("period", "2073").queryParam("publisher", p).queryParam("powertrain", "all")
                .queryParam("destination", "WORLD").get("/api/reconciliation").then().statusCode(200)
                .body("figures[0].report_id", equalTo(8)).body("figures[0].quote", nullValue());
        loadCsv(HEADER + row("all", "WORLD", "2074", p, "syn-total", 1000, null)).statusCode(200);
        given().queryParam("period", "2074").queryParam("publisher", p).get("/api/nev-share").then().statusCode(200)
                .body("all_exports.report_id", nullValue()).body("all_exports.report_ids", empty());
    }

    private static Map<String, Object> world(String period, String publisher) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("powertrain", "all");
        figure.put("destination", "WORLD");
        figure.put("period", period);
        figure.put("publisher", publisher);
        figure.put("definition", "syn-total");
        figure.put("value", 1000);
        figure.put("source", "Synthetic report");
        return figure;
    }
}
