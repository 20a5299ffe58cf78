package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.chinaauto.testing.Revisions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Revisions keep every version; reads take the latest; asOf answers with what the suite had loaded then, vintage
 * with what had been published by then.
 */
@QuarkusTest
class RevisionTest {

    static final String B = "synthetic-brand-601";
    static final String P = "synthetic-revisions";
    static final String ROW = B + ",2095-01," + P + ",%d,,,,,,\n";

    @Test
    void aDifferentValueSupersedesTheOldVersionAndAsOfSeesWhatWasKnown() {
        brands(B);
        loadCsv(HEADER + ROW.formatted(500)).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + ROW.formatted(500)).statusCode(200).body("unchanged", equalTo(1)).body("revised", equalTo(0));
        loadCsv(HEADER + ROW.formatted(520)).statusCode(200).body("revised", equalTo(1)).body("inserted", equalTo(0));

        List<String> loadedAt = Revisions.assertRevisedOnce(
                given().queryParam("subject", B).queryParam("period", "2095-01").queryParam("publisher", P)
                        .get("/api/deliveries/history").then(), "deliveries", 500, 520);

        given().queryParam("subject", B).get("/api/deliveries").then().body("items.deliveries", contains(520));
        given().queryParam("subject", B).queryParam("asOf", loadedAt.get(0)).get("/api/deliveries").then()
                .body("items.deliveries", contains(500));
        given().queryParam("subject", B).queryParam("asOf", "2000-01-01").get("/api/deliveries").then()
                .body("items", hasSize(0));
        given().queryParam("period", "2095-01").queryParam("asOf", loadedAt.get(0)).get("/api/rankings").then()
                .body("entries.deliveries", contains(500));
        given().queryParam("period", "2095-01").get("/api/rankings").then().body("entries.deliveries", contains(520));
        given().queryParam("asOf", loadedAt.get(0)).get("/api/brands/" + B + "/history").then()
                .body("points.deliveries", contains(500));
    }

    @Test
    void aChangedProvenanceIsARevisionToo() {
        brands("synthetic-brand-602");
        String row = "synthetic-brand-602" + ",2095-02," + P + ",700,,,,,2095-03,%s\n";
        loadCsv(HEADER + row.formatted("first report")).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row.formatted("corrected report")).statusCode(200).body("revised", equalTo(1));
        given().queryParam("subject", "synthetic-brand-602").queryParam("period", "2095-02").queryParam("publisher", P)
                .get("/api/deliveries/history").then().body("source", contains("first report", "corrected report"));
    }

    @Test
    void aVintageShowsEachFigureAsPublishedByThenWhateverItsLoadTime() {
        String b = "synthetic-brand-603";
        brands(b);
        String row = b + ",2095-03," + P + ",%d,,,,,%s,\n";
        loadCsv(HEADER + row.formatted(800, "2095-04")).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row.formatted(810, "2095-05-15")).statusCode(200).body("revised", equalTo(1));
        given().queryParam("subject", b).queryParam("vintage", "2095-04-29").get("/api/deliveries").then()
                .body("items", hasSize(0));
        // a month-only publication date counts from the month's last day
        given().queryParam("subject", b).queryParam("vintage", "2095-04-30").get("/api/deliveries").then()
                .body("items.deliveries", contains(800)).body("items.published_on", contains("2095-04-30"));
        given().queryParam("subject", b).queryParam("vintage", "2095-05-14").get("/api/deliveries").then()
                .body("items.deliveries", contains(800));
        given().queryParam("subject", b).queryParam("vintage", "2095-05-15").get("/api/deliveries").then()
                .body("items.deliveries", contains(810));
        given().queryParam("period", "2095-03").queryParam("vintage", "2095-05-01").get("/api/rankings").then()
                .body("entries.deliveries", contains(800));
        given().queryParam("subject", b).queryParam("period", "2095-03").queryParam("publisher", P)
                .queryParam("vintage", "2095-05-01").get("/api/deliveries/history").then()
                .body("deliveries", contains(800));
        given().queryParam("subject", b).queryParam("period", "2095-03").queryParam("publisher", P)
                .get("/api/deliveries/history").then().body("deliveries", contains(800, 810));
        // loaded before the correction, published by the later vintage: what the suite knew then
        String firstLoad = given().queryParam("subject", b).queryParam("period", "2095-03").queryParam("publisher", P)
                .get("/api/deliveries/history").then().extract().path("[0].loaded_at");
        given().queryParam("subject", b).queryParam("vintage", "2095-06-01").queryParam("asOf", firstLoad)
                .get("/api/deliveries").then().body("items.deliveries", contains(800))
                .body("as_of", equalTo(firstLoad)).body("vintage", equalTo("2095-06-01"));
    }

    @Test
    void badAsOfIsAProblem() {
        given().queryParam("asOf", "yesterday").get("/api/deliveries").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("period", "2025-11").queryParam("asOf", "yesterday").get("/api/rankings").then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
