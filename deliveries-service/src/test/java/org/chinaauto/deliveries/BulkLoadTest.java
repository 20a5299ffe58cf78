package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.chinaauto.deliveries.DeliveriesTestSupport.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bulk loads: unknown subjects, all-or-nothing validation, idempotency, JSON and CSV, security, round trip. */
@QuarkusTest
class BulkLoadTest {

    static long count(String publisher) {
        return Editing.count("/api/deliveries", publisher);
    }

    static io.restassured.response.ValidatableResponse loadJson(String json) {
        return post("/api/deliveries", "application/json", json);
    }

    @Test
    void deliveriesForAnUnknownBrandAreRejectedNamingTheLineAndNothingIsWritten() {
        String p = "synthetic-unknown-subject";
        brands("synthetic-brand-501");
        loadCsv(HEADER + "synthetic-brand-501,2096-01," + p + ",100,,,,,,\n"
                + "synthetic-brand-017,2096-01," + p + ",200,,,,,,\n")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("subject"))
                .body("errors[0].message", containsString("unknown subject 'synthetic-brand-017'"));
        assertThat(count(p)).isZero();
    }

    @Test
    void aBatchWithBadRowsListsEveryBadLineAndFieldAndWritesNothing() {
        String p = "synthetic-bad-batch";
        brands("synthetic-brand-502");
        loadCsv(HEADER
                + "synthetic-brand-502,2096-02," + p + ",100,,,,,,\n"          // line 2: valid
                + "synthetic-brand-502,2096-13," + p + ",12.5,,,maybe,,,\n"    // line 3: period, deliveries, record
                + ",2096-02,,100,,,,,,\n"                                      // line 4: subject, publisher
                + "synthetic-brand-502,2096-03," + p + ",100,-150,,,,2096-99,\n" // line 5: stated_yoy_pct, published
                + "synthetic-brand-502,2096-02," + p + ",-5,,,,,,\n")           // line 6: negative, duplicate of line 2
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("errors.findAll { it.line == 3 }.field", hasItems("period", "deliveries", "record"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("subject", "publisher"))
                .body("errors.findAll { it.line == 5 }.field", hasItems("stated_yoy_pct", "published"))
                .body("errors.findAll { it.line == 6 }.field", hasItems("deliveries", "period"));
        assertThat(count(p)).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String p = "synthetic-idempotent";
        brands("synthetic-brand-503");
        String csv = HEADER + "synthetic-brand-503,2096-04," + p + ",1000,,,,,,\n"
                + "SYNTHETIC-BRAND-503,2096-05," + p + ",1200,12.5,,true,\"a note, with a comma\",2096-06,\n";
        BulkLoads.assertTheSameLoadTwiceChangesNothingTheSecondTime("/api/deliveries", csv, 2);
        assertThat(count(p)).isEqualTo(2);
    }

    @Test
    void aQualifiedCountHasItsBoundsAndAnInferredPublisherNeedsAReason() {
        String p = "synthetic-bounds";
        brands("synthetic-brand-505");
        String header = "subject,period,publisher,deliveries,qualifier,precision,published,attribution,attribution_note\n";
        loadCsv(header
                + "synthetic-brand-505,2096-09," + p + ",70000,over,1000,2096-10,,\n"              // line 2: valid
                + "synthetic-brand-505,2096-10," + p + ",70000,nearly,,2096-11,inferred,\n"       // line 3: no note
                + "synthetic-brand-505,2096-11," + p + ",70000,roughly,0,,unsure,\n")             // line 4
                .statusCode(400).contentType("application/problem+json")
                .body("errors.findAll { it.line == 2 }", hasSize(0))
                .body("errors.findAll { it.line == 3 }.field", hasItem("attribution_note"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("qualifier", "precision", "attribution"));
        assertThat(count(p)).isZero();
        loadCsv(header
                + "synthetic-brand-505,2096-09," + p + ",70000,over,1000,2096-10,,\n"
                + "synthetic-brand-505,2096-10," + p + ",70000,nearly,,2096-11,inferred,a synthetic reason\n"
                + "synthetic-brand-505,2096-11," + p + ",70000,approximately,1000,,named,\n").statusCode(200)
                .body("inserted", equalTo(3));
        given().queryParam("publisher", p).get("/api/deliveries").then().statusCode(200)
                .body("items.qualifier", contains("over", "nearly", "approximately"))
                .body("items.deliveries", contains(70000, 70000, 70000))
                .body("items.low", contains(70000, null, 69500))
                .body("items.high", contains(71000, 70000, 70500))
                .body("items.attribution", contains("named", "inferred", "named"))
                .body("items.attribution_note", contains(null, "a synthetic reason", null))
                .body("items.published_on", contains("2096-10-31", "2096-11-30", null));
    }

    @Test
    void jsonLoadsFollowTheSameRules() {
        String p = "synthetic-json";
        brands("synthetic-brand-504");
        String json = "[{\"subject\":\"synthetic-brand-504\",\"period\":\"2096-Q3\",\"publisher\":\"" + p
                + "\",\"deliveries\":300,\"record\":true}]";
        BulkLoads.assertAJsonLoadInsertsThenChangesNothingThenRevises("/api/deliveries", json,
                "{\"deliveries\":" + json.replace("300,", "310,") + "}");
        given().queryParam("publisher", p).get("/api/deliveries").then().body("items[0].period", equalTo("2096-Q3"))
                .body("items[0].deliveries", equalTo(310)).body("items[0].record", equalTo(true));

        BulkLoads.assertBadJsonIsAProblem("/api/deliveries", "\"subject\":\"synthetic-brand-504\"");
        post("/api/brands", "application/json", "[{\"slug\": \"x\",").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Malformed JSON"));
        post("/api/groups", "application/json", "[{\"slug\":\"synthetic-group-9\",\"name\":\"x\",\"colour\":\"red\"}]")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        post("/api/brands", "application/json", "[]").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedCsvIsAProblemWithItsLine() {
        BulkLoads.assertMalformedCsvIsAProblem("/api/deliveries", HEADER,
                "synthetic-brand-501,2096-07,synthetic-malformed,100,,,,,,\n", "synthetic-brand-501,2096-07\n");
        loadCsv("subject,period,colour\nx,2096-07,red\n").statusCode(400)
                .body("errors.field", hasItems("colour", "publisher"));
        assertThat(count("synthetic-malformed")).isZero();
    }

    @Test
    void aBodyAboveTheLimitIsRejected() {
        // the test profile's limit is 8 MiB (deliveries.load.max-bytes)
        String csv = BulkLoads.csvOver(8, HEADER,
                i -> "synthetic-brand-501," + (1900 + i % 300) + ",synthetic-too-large," + i + ",,,,,,\n");
        BulkLoads.assertTooLargeABodyIsRefused("/api/deliveries", csv);
        assertThat(count("synthetic-too-large")).isZero();
    }

    @Test
    void writesNeedAnEditor() {
        String csv = HEADER + "aito,2096-08,synthetic-security,1,,,,,,\n";
        for (String path : new String[] { "/api/deliveries", "/api/targets" }) {
            Editing.assertOnlyAnEditorMayLoad(path, csv);
        }
        for (String path : new String[] { "/api/brands", "/api/groups" }) {
            given().contentType("application/json").body("[]").post(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2(Editing.reader()).contentType("application/json").body("[]").post(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        Editing.assertABadTokenMayNotLoad("/api/deliveries", csv);
        assertThat(count("synthetic-security")).isZero();
        // reads are open
        given().get("/api/deliveries").then().statusCode(200);
        given().get("/api/brands").then().statusCode(200);
    }

    @Test
    void aCsvDownloadLoadsBackUnchanged() throws Exception {
        String download = given().accept("text/csv").queryParam("size", 1000).get("/api/deliveries").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(download.lines().findFirst()).contains(DeliveriesTestSupport.ALL_COLUMNS);
        assertThat(download).contains("hima,2025-11,HIMA,81864,,,,final,,,true,");
        assertThat(download).contains(",2025-12,inferred,\"The report names no source for these deliveries; attributed to HIMA");
        long rows = download.lines().count() - 1;
        assertThat(rows).isGreaterThanOrEqualTo(5);

        loadCsv(download).statusCode(200).body("received", equalTo((int) rows)).body("inserted", equalTo(0))
                .body("revised", equalTo(0)).body("unchanged", equalTo((int) rows));
        String again = given().queryParam("format", "csv").queryParam("size", 1000).get("/api/deliveries").then()
                .extract().asString();
        assertThat(again).isEqualTo(download);
        // a JSON download loads back too: bounds, published_on and load times are read-only fields
        java.util.List<Object> items = given().queryParam("subject", "aito").get("/api/deliveries").then()
                .statusCode(200).extract().path("items");
        loadJson(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(items)).statusCode(200)
                .body("unchanged", equalTo(1));
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("period", "2025-13").get("/api/rankings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().get("/api/rankings").then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().queryParam("period", "2025-11").queryParam("level", "carmaker").get("/api/rankings").then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("size", 1001).get("/api/deliveries").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/api/deliveries").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("from", "November").get("/api/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("period", "2025-11/2025-01").get("/api/rollups").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().get("/api/groups/hima/rollup").then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().queryParam("subject", "aito").get("/api/deliveries/history").then().statusCode(400)
                .body("errors[0].field", equalTo("publisher"));
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unsupportedContentTypeIsAProblem() {
        Editing.assertXmlIsUnsupported("/api/deliveries");
    }
}
