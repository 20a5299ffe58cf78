package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.count;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.loadJson;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bulk loads: all-or-nothing validation, idempotency, JSON and CSV, security and the CSV round trip. */
@QuarkusTest
class BulkLoadTest {

    @Test
    void aBatchWithBadRowsListsEveryBadLineAndFieldAndWritesNothing() {
        String p = "synthetic-bad-batch";
        String d = "synthetic-def";
        loadCsv(HEADER
                + row("all", "WORLD", "2031-11", p, d, 100, null)       // line 2: valid
                + row("diesel", "atlantis", "2031-13", p, d, 12.5, null) // line 3: powertrain, destination, period, value
                + row("nev", "WORLD", "2031-11", "", "Not A Code!", 100, null)          // line 4: publisher, definition
                + row("all", "WORLD", "2031-11", p, d, -5, 1)             // line 5: value, rank on WORLD, duplicate of line 2
                + row("all", "WORLD", "2031-12", p, d, null, null)        // line 6: a world total needs a value
                + row("all", "RU", "2031-11", p, d, 5, null, Map.of("attribution", "inferred"))       // line 7: no note
                + row("all", "MX", "2031-11", p, d, null, null, Map.of("qualifier", "over"))          // line 8: no value
                + row("all", "DE", "2031-11", p, d, 5, null, Map.of("stated_growth", "doubled"))      // line 9: no base
                + row("all", "FR", "2031-11", p, d, 5, null, Map.of("attribution", "guessed"))       // line 10
                + row("all", "IT", "2031-11", p, d, 5, null, Map.of("stated_growth", "doubled",
                        "stated_growth_from", "2032")))                                               // line 11: base after
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("detail", containsString("nothing was written"))
                .body("errors.findAll { it.line == 3 }.field", hasItems("powertrain", "destination", "period", "value"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("publisher", "definition"))
                .body("errors.findAll { it.line == 5 }.field", hasItems("value", "rank", "period"))
                .body("errors.findAll { it.line == 6 }.field", contains("value"))
                .body("errors.findAll { it.line == 7 }.field", contains("attribution_note"))
                .body("errors.findAll { it.line == 7 }.message", contains(containsString("required when attribution is inferred")))
                .body("errors.findAll { it.line == 8 }.field", contains("qualifier"))
                .body("errors.findAll { it.line == 9 }.field", contains("stated_growth_from"))
                .body("errors.findAll { it.line == 10 }.field", contains("attribution"))
                .body("errors.findAll { it.line == 11 }.field", contains("stated_growth_from"));
        assertThat(count(p)).isZero();
    }

    @Test
    void attributionAndPublicationLoadAndComeBackInBothFormats() {
        String p = "synthetic-attribution";
        loadCsv(HEADER + row("all", "WORLD", "2031", p, "synthetic-def", 5000, null, Map.of("attribution", "inferred",
                "attribution_note", "synthetic: the report names no source, \"same report\"", "published", "2032-02",
                "stated_growth", "doubled", "stated_growth_from", "2029"))
                + row("all", "RU", "2031", p, "synthetic-def", null, null, Map.of("published", "2032-02-03")))
                .statusCode(200).body("inserted", equalTo(2));
        given().queryParam("publisher", p).get("/api/figures").then().statusCode(200)
                .body("items.destination", contains("RU", "WORLD"))
                .body("items.attribution", contains("named", "inferred"))
                .body("items[1].attribution_note", equalTo("synthetic: the report names no source, \"same report\""))
                .body("items.published", contains("2032-02-03", "2032-02"))
                .body("items.published_on", contains("2032-02-03", "2032-02-29"))
                .body("items[1].stated_growth", equalTo("doubled"))
                .body("items[1].stated_growth_from", equalTo("2029"))
                .body("items[0].value", nullValue());
        String csv = given().queryParam("publisher", p).queryParam("format", "csv").get("/api/figures").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains(",inferred,\"synthetic: the report names no source, \"\"same report\"\"\",");
        loadCsv(csv).statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String p = "synthetic-idempotent";
        String csv = HEADER + row("nev", "WORLD", "2031-10", p, "synthetic-def", 1000, null)
                + row("nev", "WORLD", "2031-11", p, "synthetic-def", 1200, null);
        BulkLoads.assertTheSameLoadTwiceChangesNothingTheSecondTime("/api/figures", csv, 2);
        assertThat(count(p)).isEqualTo(2);
    }

    @Test
    void jsonLoadsFollowTheSameRulesAndAJsonDownloadLoadsBack() {
        String p = "synthetic-json";
        String json = "[{\"powertrain\":\"bev\",\"destination\":\"western-europe\",\"period\":\"2031-Q3\",\"publisher\":\""
                + p + "\",\"definition\":\"synthetic-def\",\"value\":300,\"qualifier\":\"over\",\"stated_as\":\"over 300\"}]";
        BulkLoads.assertAJsonLoadInsertsThenChangesNothingThenRevises("/api/figures", json,
                "{\"figures\":" + json.replace("300", "310") + "}");
        String download = given().queryParam("publisher", p).get("/api/figures").then()
                .body("items[0].period", equalTo("2031-Q3"))
                .body("items[0].destination_name", equalTo("Western Europe"))
                .body("items[0].value", equalTo(310)).body("items[0].qualifier", equalTo("over"))
                .extract().asString();
        loadJson(download.substring(download.indexOf('['), download.lastIndexOf(']') + 1)).statusCode(200)
                .body("unchanged", equalTo(1));

        BulkLoads.assertBadJsonIsAProblem("/api/figures", "\"powertrain\":\"all\"");
    }

    @Test
    void malformedCsvIsAProblemWithItsLine() {
        BulkLoads.assertMalformedCsvIsAProblem("/api/figures", HEADER,
                row("all", "WORLD", "2031-11", "synthetic-malformed", "synthetic-def", 100, null), "all,WORLD,2031-11\n");
        loadCsv("powertrain,destination,colour\nall,WORLD,red\n").statusCode(400)
                .body("errors.field", hasItems("colour", "period", "publisher", "definition"));
        assertThat(count("synthetic-malformed")).isZero();
    }

    @Test
    void aBodyAboveTheLimitIsRejected() {
        // the test profile's limit is 16 MiB (exports.load.max-bytes)
        String csv = BulkLoads.csvOver(16, HEADER,
                i -> row("all", "WORLD", Integer.toString(1900 + i % 300), "synthetic-too-large", "synthetic-def", i, null));
        BulkLoads.assertTooLargeABodyIsRefused("/api/figures", csv);
        assertThat(count("synthetic-too-large")).isZero();
    }

    @Test
    void writesNeedAnEditor() {
        String csv = HEADER + row("all", "WORLD", "2031-11", "synthetic-security", "synthetic-def", 1, null);
        Editing.assertOnlyAnEditorMayLoad("/api/figures", csv);
        Editing.assertABadTokenMayNotLoad("/api/figures", csv);
        assertThat(count("synthetic-security")).isZero();
        // reads are open
        given().get("/api/figures").then().statusCode(200);
    }

    @Test
    void aCsvDownloadLoadsBackUnchanged() {
        Editing.assertACsvDownloadLoadsBackUnchanged("/api/figures", HEADER.strip(), 8);
    }

    @Test
    void theDefaultDatasetIsAValidLoadOfItself() {
        String seeds = given().queryParam("format", "csv").queryParam("publisher", "GACC").get("/api/figures").then()
                .statusCode(200).extract().asString();
        assertThat(seeds).contains("customs-incl-chassis").contains("exceeded 6.4 million; also nearly 6.41 million")
                .contains(",inferred,").contains(",named,");
        loadCsv(seeds).statusCode(200).body("unchanged", equalTo(6));
    }

    @Test
    void unsupportedContentTypeIsAProblem() {
        Editing.assertXmlIsUnsupported("/api/figures");
    }
}
