package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.chinaauto.testing.Revisions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Revisions keep every version; reads take the latest; asOf answers with what was known then. */
@QuarkusTest
class RevisionTest {

    static final String P = "synthetic-revisions";

    @Test
    void aDifferentValueSupersedesTheOldVersionAndAsOfSeesWhatWasKnown() {
        String period = "2032";
        loadCsv(HEADER + row("all", "WORLD", period, P, "synthetic-def", 500, null)).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row("all", "WORLD", period, P, "synthetic-def", 500, null)).statusCode(200)
                .body("unchanged", equalTo(1)).body("revised", equalTo(0));
        loadCsv(HEADER + row("all", "WORLD", period, P, "synthetic-def", 520, null)).statusCode(200)
                .body("revised", equalTo(1)).body("inserted", equalTo(0));

        List<String> loadedAt = Revisions.assertRevisedOnce(
                given().queryParam("powertrain", "all").queryParam("destination", "WORLD")
                        .queryParam("period", period).queryParam("publisher", P).queryParam("definition", "synthetic-def")
                        .get("/api/figures/history").then(), "value", 500, 520);

        Revisions.assertAsOfSeesWhatWasKnown("/api/figures", "publisher", P, loadedAt, 500, 520);
        given().queryParam("period", period).queryParam("asOf", loadedAt.get(0)).get("/api/reconciliation").then()
                .body("figures.value", contains(500));
        given().queryParam("period", period).get("/api/reconciliation").then().body("figures.value", contains(520));
    }

    @Test
    void anotherDefinitionIsAnotherFigureNotARevision() {
        String period = "2033";
        loadCsv(HEADER + row("all", "WORLD", period, P, "synthetic-narrow", 400, null)
                + row("all", "WORLD", period, P, "synthetic-wide", 450, null)).statusCode(200).body("inserted", equalTo(2));
        loadCsv(HEADER + row("all", "WORLD", period, P, "synthetic-wide", 460, null)).statusCode(200)
                .body("revised", equalTo(1));
        given().queryParam("powertrain", "all").queryParam("period", period).queryParam("publisher", P)
                .get("/api/figures/history").then().statusCode(200)
                .body("definition", contains("synthetic-narrow", "synthetic-wide", "synthetic-wide"))
                .body("value", contains(400, 450, 460));
        given().queryParam("period", period).get("/api/reconciliation").then().statusCode(200)
                .body("figures.definition", contains("synthetic-narrow", "synthetic-wide"))
                .body("gaps[0].definition_a", equalTo("synthetic-narrow"))
                .body("gaps[0].same_definition", equalTo(false))
                .body("gaps[0].gap", estimate(60, 60, 60))
                .body("gaps[0].gap_pct.value", equalTo(15));
    }

    @Test
    void aChangedProvenanceIsARevisionToo() {
        // an attribution is provenance too
        Revisions.assertAChangedProvenanceIsARevision("/api/figures",
                (source, attribution, note) -> HEADER + row("nev", "MX", "2031-10", P, "synthetic-def", 700, null,
                        Map.of("published", "2031-11", "source", source, "attribution", attribution,
                                "attribution_note", note)),
                () -> given().queryParam("powertrain", "nev").queryParam("destination", "MX")
                        .queryParam("period", "2031-10").queryParam("publisher", P).queryParam("definition", "synthetic-def")
                        .get("/api/figures/history").then());
    }

    @Test
    void badAsOfIsAProblem() {
        given().queryParam("asOf", "yesterday").get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }
}
