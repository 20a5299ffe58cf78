package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.chinaauto.testing.Revisions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Revisions keep every version; reads take the latest; asOf answers with what was known then. */
@QuarkusTest
class RevisionTest {

    static final String P = "synthetic-revisions";
    static final String ROW = "production,all,2025-11," + P + ",%d" + MarketTestSupport.REST + "\n";

    @Test
    void aDifferentValueSupersedesTheOldVersionAndAsOfSeesWhatWasKnown() {
        loadCsv(HEADER + ROW.formatted(500)).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + ROW.formatted(500)).statusCode(200).body("unchanged", equalTo(1)).body("revised", equalTo(0));
        loadCsv(HEADER + ROW.formatted(520)).statusCode(200).body("revised", equalTo(1)).body("inserted", equalTo(0));

        List<String> loadedAt = Revisions.assertRevisedOnce(
                given().queryParam("measure", "production").queryParam("segment", "all")
                        .queryParam("period", "2025-11").queryParam("publisher", P)
                        .get("/api/figures/history").then(), "value", 500, 520);

        Revisions.assertAsOfSeesWhatWasKnown("/api/figures", "publisher", P, loadedAt, 500, 520);
        given().queryParam("period", "2025-11").queryParam("publisher", P).queryParam("asOf", loadedAt.get(0))
                .get("/api/summary").then().body("publishers[0].production.value", equalTo(500));
    }

    @Test
    void aChangedProvenanceIsARevisionToo() {
        String row = "sales,passenger,2025-10," + P + ",700,,,,,,,2025-11,%s,,,%s,%s,\n";
        // the same figure, later said to be attributed by inference: a revision of its provenance
        Revisions.assertAChangedProvenanceIsARevision("/api/figures",
                (source, attribution, note) -> HEADER + row.formatted(source, attribution, note),
                () -> given().queryParam("measure", "sales").queryParam("segment", "passenger")
                        .queryParam("period", "2025-10").queryParam("publisher", P).get("/api/figures/history").then())
                .body("published_on", contains("2025-11-30", "2025-11-30", "2025-11-30"));
    }

    @Test
    void badAsOfIsAProblem() {
        given().queryParam("asOf", "yesterday").get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }
}
