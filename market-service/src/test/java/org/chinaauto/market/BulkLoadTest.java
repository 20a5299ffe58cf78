package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.REST;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.chinaauto.market.MarketTestSupport.loadJson;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Bulk loads: all-or-nothing validation, idempotency, JSON and CSV, security and the CSV round trip. */
@QuarkusTest
class BulkLoadTest {

    static long count(String publisher) {
        return Editing.count("/api/figures", publisher);
    }

    @Test
    void aBatchWithBadRowsListsEveryBadLineAndFieldAndWritesNothing() {
        String p = "synthetic-bad-batch";
        loadCsv(HEADER
                + "sales,all,2025-11," + p + ",100" + REST + "\n"          // line 2: valid
                + "sales,everything,2025-13," + p + ",12.5" + REST + "\n"  // line 3: segment, period, value
                + "exports,nev,2025-11,,100" + REST + "\n"                 // line 4: measure, publisher
                + "sales_share,nev,2025-11," + p + ",140" + REST + "\n"    // line 5: share above 100
                + "sales,all,2025-11," + p + ",-5" + REST + "\n")           // line 6: negative, duplicate of line 2
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("detail", containsString("nothing was written"))
                .body("errors.findAll { it.line == 3 }.field", hasItems("segment", "period", "value"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("measure", "publisher"))
                .body("errors.findAll { it.line == 5 }.field", hasItem("value"))
                .body("errors.findAll { it.line == 6 }.field", hasItems("value", "period"));
        assertThat(count(p)).isZero();
    }

    @Test
    void anInferredPublisherNeedsANoteSayingWhy() {
        String p = "synthetic-attribution";
        loadCsv(HEADER
                + "sales,all,2025-11," + p + ",100,,,,,,,2025-12,A report,,,inferred,,\n"          // line 2: no note
                + "sales,all,2025-10," + p + ",90,,,,,,,2025-12,A report,,,guessed,,\n"            // line 3: unknown value
                + "sales,all,2025-09," + p + ",80,,,,,,,2025-12,A report,,,named,Named in the text,\n") // line 4: valid
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.line == 2 }.field", equalTo("attribution_note"))
                .body("errors.find { it.line == 3 }.field", equalTo("attribution"))
                .body("errors.line", not(hasItem(4)));
        assertThat(count(p)).isZero();

        loadCsv(HEADER + "sales,all,2025-11," + p + ",100,,,,,,,2025-12,A report,,,inferred,The report names no source,\n"
                + "sales,all,2025-10," + p + ",90" + REST + "\n").statusCode(200).body("inserted", equalTo(2));
        given().queryParam("publisher", p).get("/api/figures").then().statusCode(200)
                .body("items.period", contains("2025-10", "2025-11"))
                .body("items.attribution", contains("named", "inferred"))
                .body("items.attribution_note", contains(null, "The report names no source"));
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String p = "synthetic-idempotent";
        String csv = HEADER + "production,nev,2025-10," + p + ",1000" + REST + "\n"
                + "production,nev,2025-11," + p + ",1200" + REST + "\n";
        BulkLoads.assertTheSameLoadTwiceChangesNothingTheSecondTime("/api/figures", csv, 2);
        assertThat(count(p)).isEqualTo(2);
    }

    @Test
    void numbersBeyondAnyFigureAreRejectedAsTheyWereWrittenAndNothingIsWritten() {
        String p = "synthetic-huge-numbers";
        for (String number : new String[] { "1e400", "-1e400", "1e1000000000", "1e-1000000000", "12345678901234567890" }) {
            loadJson("[{\"measure\":\"sales\",\"segment\":\"all\",\"period\":\"2025-11\",\"publisher\":\"" + p
                    + "\",\"value\":" + number + "}]").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("value"))
                    // said as written, not expanded to hundreds (or a billion) digits
                    .body("errors[0].message.length()", lessThan(200));
        }
        assertThat(count(p)).isZero();
    }

    @Test
    void jsonLoadsFollowTheSameRules() throws Exception {
        String p = "synthetic-json";
        String json = "[{\"measure\":\"sales\",\"segment\":\"bev\",\"period\":\"2025-Q3\",\"publisher\":\"" + p
                + "\",\"value\":300,\"qualifier\":\"over\",\"stated_as\":\"over 300\"}]";
        BulkLoads.assertAJsonLoadInsertsThenChangesNothingThenRevises("/api/figures", json,
                "{\"figures\":" + json.replace("300", "310") + "}");
        given().queryParam("publisher", p).get("/api/figures").then().body("items[0].period", equalTo("2025-Q3"))
                .body("items[0].value", equalTo(310)).body("items[0].qualifier", equalTo("over"))
                // "over 310" with no stated precision: at least 310, unbounded above
                .body("items[0].low", equalTo(310)).body("items[0].high", nullValue())
                .body("items[0].attribution", equalTo("named"));
        // a JSON download's items post back: the read-only fields (id, unit, low, high, published_on, ...) are ignored
        String page = given().queryParam("publisher", p).get("/api/figures").then().extract().asString();
        loadJson(new ObjectMapper().readTree(page).get("items").toString()).statusCode(200)
                .body("unchanged", equalTo(1));

        BulkLoads.assertBadJsonIsAProblem("/api/figures", "\"measure\":\"sales\"");
    }

    @Test
    void malformedCsvIsAProblemWithItsLine() {
        BulkLoads.assertMalformedCsvIsAProblem("/api/figures", HEADER,
                "sales,all,2025-11,synthetic-malformed,100" + REST + "\n", "sales,all,2025-11\n");
        loadCsv("measure,segment,colour\nsales,all,red\n").statusCode(400)
                .body("errors.field", hasItems("colour", "period", "publisher"));
        assertThat(count("synthetic-malformed")).isZero();
    }

    @Test
    void aBodyAboveTheLimitIsRejected() {
        // the test profile's limit is 16 MiB (market.load.max-bytes)
        String csv = BulkLoads.csvOver(16, HEADER,
                i -> "sales,all," + (1900 + i % 300) + ",synthetic-too-large," + i + REST + "\n");
        BulkLoads.assertTooLargeABodyIsRefused("/api/figures", csv);
        assertThat(count("synthetic-too-large")).isZero();
    }

    @Test
    void writesNeedAnEditor() {
        String csv = HEADER + "sales,all,2025-11,synthetic-security,1" + REST + "\n";
        Editing.assertOnlyAnEditorMayLoad("/api/figures", csv);
        Editing.assertABadTokenMayNotLoad("/api/figures", csv);
        assertThat(count("synthetic-security")).isZero();
        // reads are open
        given().get("/api/figures").then().statusCode(200);
    }

    @Test
    void aCsvDownloadLoadsBackUnchanged() {
        String download = Editing.assertACsvDownloadLoadsBackUnchanged("/api/figures", MarketTestSupport.DOWNLOAD_HEADER, 12);
        assertThat(download).contains("inferred,The report gives this share in the bullet after CAAM's January-November "
                + "figures but does not name its source");
    }

    @Test
    void unsupportedContentTypeIsAProblem() {
        Editing.assertXmlIsUnsupported("/api/figures");
    }
}
