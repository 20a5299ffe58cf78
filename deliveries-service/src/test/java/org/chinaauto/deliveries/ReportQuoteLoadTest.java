package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.group;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chinaauto.testing.Editing;
import org.chinaauto.testing.ReportQuotes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Deliveries that name their report and quote its sentence keep both, in JSON and CSV, and load again unchanged; a
 * sum of months names the reports of its figures.
 */
@QuarkusTest
class ReportQuoteLoadTest {

    static final String QUOTE = "The brand delivered 700 vehicles in January.";

    @Test
    void aFigureKeepsItsReportAndSentence() {
        brands("syn-quoted");
        ReportQuotes.assertQuotedFiguresLoadAndReadBack("/api/deliveries", "SYN-deliveries-report-quote",
                period -> deliveries("syn-quoted", period, "SYN-deliveries-report-quote"));
    }

    @Test
    void aQuoteWithoutItsReportIsRefusedAndNothingIsWritten() {
        brands("syn-quoted");
        ReportQuotes.assertAQuoteWithoutItsReportIsRefused("/api/deliveries", "SYN-deliveries-report-quote-refused",
                period -> deliveries("syn-quoted", period, "SYN-deliveries-report-quote-refused"));
    }

    @Test
    void aMonthShowsItsReportAndQuoteASumOfMonthsItsReports() {
        String p = "SYN-deliveries-report-ids";
        brands("syn-quoted-sum");
        group("syn-quoted-group", "[{\"brand\":\"syn-quoted-sum\"}]").statusCode(200);
        Editing.post("/api/deliveries", "text/csv", "subject,period,publisher,deliveries,report_id,quote\n"
                + "syn-quoted-sum,2076-01," + p + ",700,7," + QUOTE + "\n"
                + "syn-quoted-sum,2076-02," + p + ",800,8,\n"
                + "syn-quoted-sum,2076-03," + p + ",900,,\n"
                + "syn-quoted-group,2076-01," + p + ",1000,5,The group delivered 1000.\n").statusCode(200)
                .body("inserted", equalTo(4));
        given().queryParam("period", "2076-01").queryParam("publisher", p).get("/api/rankings").then()
                .statusCode(200).body("entries[0].report_id", equalTo(7)).body("entries[0].quote", equalTo(QUOTE))
                .body("entries[0].report_ids", contains(7));
        // the quarter as the sum of its months: their reports, no sentence of its own
        given().queryParam("period", "2076-Q1").queryParam("publisher", p).get("/api/rankings").then()
                .statusCode(200).body("entries[0].deliveries", equalTo(2400))
                .body("entries[0].report_id", nullValue()).body("entries[0].quote", nullValue())
                .body("entries[0].report_ids", contains(7, 8));
        given().queryParam("period", "2076-01").get("/api/groups/syn-quoted-group/rollup").then().statusCode(200)
                .body("report_id", equalTo(5)).body("quote", equalTo("The group delivered 1000."))
                .body("report_ids", contains(5))
                .body("members[0].report_id", equalTo(7)).body("members[0].quote", equalTo(QUOTE));
        given().queryParam("from", "2076-01").queryParam("to", "2076-03").get("/api/brands/syn-quoted-sum/history")
                .then().statusCode(200).body("points.report_id", contains(7, 8, null))
                .body("points.quote", contains(QUOTE, null, null));
    }

    private static Map<String, Object> deliveries(String subject, String period, String publisher) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("subject", subject);
        figure.put("period", period);
        figure.put("publisher", publisher);
        figure.put("deliveries", 1000);
        figure.put("source", "Synthetic report");
        return figure;
    }
}
