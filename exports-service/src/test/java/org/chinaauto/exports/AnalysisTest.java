package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.count;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Destination breakdowns, shares, growth, the NEV share and series transformations on obviously synthetic
 * figures (publishers "synthetic-..." and years after 2030).
 */
@QuarkusTest
class AnalysisTest {

    static final String P = "synthetic-analysis";
    static final String D = "synthetic-def";

    @BeforeEach
    void load() {
        // idempotent: loading the same figures again changes nothing
        loadCsv(HEADER
                + row("all", "WORLD", "2034", P, D, 1000, null)
                + row("all", "RU", "2034", P, D, 400, null)
                + row("all", "MX", "2034", P, D, 300, null)
                + row("all", "western-europe", "2034", P, D, 500, null)
                + row("all", "AE", "2034", P, D, null, 3)
                + row("nev", "WORLD", "2034", P, D, 250, null)
                + row("all", "WORLD", "2031-01/2031-06", P, D, 100, null)
                + row("all", "WORLD", "2031", P, D, 300, null)
                + row("all", "WORLD", "2033-H2", P, D, 450, null)
                + row("bev", "WORLD", "2037-01", P, D, 10, null)
                + row("bev", "WORLD", "2037-02", P, D, 20, null)
                + row("bev", "WORLD", "2037-03", P, D, 25, null))
                .statusCode(200);
    }

    @Test
    void destinationsAreRankedByValueWithSharesOfTheWorldTotal() {
        given().queryParam("period", "2034").queryParam("publisher", P).get("/api/destinations").then().statusCode(200)
                .body("definition", equalTo(D))
                .body("world_total.value", equalTo(1000))
                .body("entries.destination", contains("western-europe", "RU", "MX", "AE"))
                .body("entries.kind", contains("region", "country", "country", "country"))
                .body("entries.rank", contains(1, 2, 3, 4))
                .body("entries.stated_rank", contains(null, null, null, 3))
                .body("entries.share_pct", contains(50.0f, 40.0f, 30.0f, null))
                // regions overlap countries: only countries count towards the attributed part
                .body("not_attributed", equalTo(300))
                .body("not_attributed_pct", equalTo(30.0f));
    }

    @Test
    void aBreakdownWhoseCountriesExceedTheWorldTotalIsRejectedAndNothingIsWritten() {
        long before = count(P);
        // stored world total 1000, stored RU 400 + MX 300, plus DE 400 = 1100
        loadCsv(HEADER + row("nev", "WORLD", "2034-05", P, D, 1, null) + row("all", "DE", "2034", P, D, 400, null))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("exceeds its world total"))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("add up to 1100"));
        // world total and parts in the same batch
        loadCsv(HEADER + row("all", "WORLD", "2035", P, D, 100, null) + row("all", "RU", "2035", P, D, 60, null)
                + row("all", "MX", "2035", P, D, 50, null))
                .statusCode(400).body("errors.line", hasItems(2, 3, 4));
        // a lowered world total below the stored parts
        loadCsv(HEADER + row("all", "WORLD", "2034", P, D, 600, null)).statusCode(400)
                .body("errors[0].line", equalTo(2));
        // a single region larger than the world total
        loadCsv(HEADER + row("all", "southeast-asia", "2034", P, D, 1001, null)).statusCode(400)
                .body("errors[0].line", equalTo(2));
        assertThat(count(P)).isEqualTo(before);
        // another definition is another breakdown: not checked against this world total
        loadCsv(HEADER + row("all", "DE", "2034", "synthetic-analysis-other", D, 5000, null)).statusCode(200);
    }

    @Test
    void aRoundedWorldTotalAllowsHalfItsPrecision() {
        loadCsv(HEADER + "all,WORLD,2036," + P + "," + D + ",1000,,100,,,,,,,,\n" + row("all", "RU", "2036", P, D, 1040, null))
                .statusCode(200);
        loadCsv(HEADER + row("all", "MX", "2036", P, D, 20, null)).statusCode(400);
    }

    @Test
    void nevShareIsComputedFromTheSamePublisherAndDefinition() {
        given().queryParam("period", "2034").queryParam("publisher", P).get("/api/nev-share").then().statusCode(200)
                .body("same_definition", equalTo(true))
                .body("share.computed.pct", equalTo(25.0f))
                .body("share.computed.numerator", equalTo(250))
                .body("share.computed.denominator", equalTo(1000))
                .body("share.computed.definition", equalTo(D))
                .body("share.reported", nullValue());
        given().queryParam("period", "2034").queryParam("publisher", P).queryParam("definition", "synthetic-none")
                .get("/api/nev-share").then().statusCode(200).body("share", nullValue())
                .body("nev_exports", nullValue());
    }

    @Test
    void growthBetweenDerivedHalfYears() {
        // 2031-H2 = 2031 (300) - 2031-H1 (100) = 200; 2033-H2 = 450: x2.25 over 2 years, 50% a year
        given().queryParam("publisher", P).queryParam("from", "2031-H2").queryParam("to", "2033-H2").get("/api/growth")
                .then().statusCode(200)
                .body("from.value", equalTo(200))
                .body("from.derived", equalTo(true))
                .body("from.derivation", equalTo("difference"))
                .body("to.derived", equalTo(false))
                .body("years", equalTo(2))
                .body("multiple", equalTo(2.25f))
                .body("cagr_pct", equalTo(50.0f))
                .body("approximate", equalTo(false));
        given().queryParam("publisher", P).queryParam("from", "2033-H2").queryParam("to", "2031-H2").get("/api/growth")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void seriesTransformationsFollowFred() {
        String base = "/api/series?powertrain=bev&publisher=" + P + "&from=2037-01&to=2037-03&units=";
        given().get(base + "lin").then().statusCode(200).body("points.value", contains(10, 20, 25))
                .body("destination_name", equalTo("World"));
        given().get(base + "chg").then().statusCode(200).body("points.value", contains(null, 10, 5));
        given().get(base + "pch").then().statusCode(200).body("points.value", contains(null, 100, 25));
        given().get(base + "ytd").then().statusCode(200).body("points.value", contains(10, 30, 55))
                .body("points.derived", contains(false, true, true));
        String csv = given().accept("text/csv").get(base + "lin").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        assertThat(csv.lines().toList()).containsExactly("period,value,derived,approximate", "2037-01,10,false,false",
                "2037-02,20,false,false", "2037-03,25,false,false");
    }

    @Test
    void seriesNeedsAPublisherWhenSeveralHaveFigures() {
        loadCsv(HEADER + row("bev", "WORLD", "2037-01", "synthetic-analysis-second", D, 11, null)).statusCode(200);
        given().get("/api/series?powertrain=bev&from=2037-01&to=2037-03").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
    }
}
