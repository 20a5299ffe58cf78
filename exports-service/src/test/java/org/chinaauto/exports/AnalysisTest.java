package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.count;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.chinaauto.testing.Estimates.estimate;
import static org.chinaauto.testing.Estimates.percentage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

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
                .body("ranked", equalTo(true))
                .body("entries.destination", contains("western-europe", "RU", "MX", "AE"))
                .body("entries.kind", contains("region", "country", "country", "country"))
                .body("entries.rank", contains(1, 2, 3, 4))
                .body("entries.listed", contains(false, false, false, false))
                .body("entries.stated_rank", contains(null, null, null, 3))
                .body("entries[0].share_pct.value", equalTo(50))
                .body("entries[1].share_pct.value", equalTo(40))
                .body("entries[2].share_pct", estimate(30, 30, 30))
                .body("entries[3].share_pct", nullValue())
                // regions overlap countries: only countries count towards the attributed part
                .body("not_attributed", estimate(300, 300, 300))
                .body("not_attributed_pct.value", equalTo(30));
    }

    @Test
    void destinationsNamedWithoutValueOrRankFollowInNameOrderAndTheListIsNoRanking() {
        loadCsv(HEADER + row("all", "WORLD", "2043", P, D, 1000, null) + row("all", "RU", "2043", P, D, 400, null)
                + row("all", "AE", "2043", P, D, null, 2) + row("all", "DE", "2043", P, D, null, null)
                + row("all", "BR", "2043", P, D, null, null)).statusCode(200);
        given().queryParam("period", "2043").queryParam("publisher", P).get("/api/destinations").then().statusCode(200)
                .body("ranked", equalTo(false))
                .body("entries.destination", contains("RU", "AE", "BR", "DE"))
                .body("entries.destination_name", contains("Russia", "United Arab Emirates", "Brazil", "Germany"))
                .body("entries.rank", contains(1, 2, null, null))
                .body("entries.stated_rank", contains(null, 2, null, null))
                .body("entries.listed", contains(false, false, true, true))
                .body("entries.value", contains(400, null, null, null))
                .body("entries[0].share_pct.value", equalTo(40))
                .body("entries[1].share_pct", nullValue())
                .body("entries[3].share_pct", nullValue())
                // a destination named without a value attributes nothing
                .body("not_attributed.value", equalTo(600));
    }

    @Test
    void sharesAndTheUnattributedPartAreComputedOnTheBounds() {
        // world "nearly 2000" to the hundred (1900..2000), RU "over 1000" to the hundred (1000..1100)
        loadCsv(HEADER + row("all", "WORLD", "2039", P, D, 2000, null, Map.of("qualifier", "nearly", "precision", "100"))
                + row("all", "RU", "2039", P, D, 1000, null, Map.of("qualifier", "over", "precision", "100")))
                .statusCode(200);
        given().queryParam("period", "2039").queryParam("publisher", P).get("/api/destinations").then().statusCode(200)
                .body("world_total.low", equalTo(1900))
                .body("world_total.high", equalTo(2000))
                .body("entries[0].low", equalTo(1000))
                .body("entries[0].high", equalTo(1100))
                // 1000 / 2000 = 50% to 1100 / 1900 = 57.89%
                .body("entries[0].share_pct.low", equalTo(50))
                .body("entries[0].share_pct.high", equalTo(57.89f))
                // 1900 - 1100 = 800 to 2000 - 1000 = 1000
                .body("not_attributed", estimate(900, 800, 1000));
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
                .body("errors[0].message", containsString("add up to at least 1100"));
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
    void aBreakdownIsRejectedOnlyWhenItCertainlyExceedsTheWorldTotal() {
        // a rounded world total 1000 to the hundred is at most 1050
        loadCsv(HEADER + row("all", "WORLD", "2036", P, D, 1000, null, Map.of("precision", "100"))
                + row("all", "RU", "2036", P, D, 1040, null)).statusCode(200);
        loadCsv(HEADER + row("all", "MX", "2036", P, D, 20, null)).statusCode(400)
                .body("errors[0].message", containsString("at most 1050"));
        // a part that may be below the total's upper bound is accepted: "nearly 20" has no lower bound
        loadCsv(HEADER + row("all", "MX", "2036", P, D, 20, null, Map.of("qualifier", "nearly"))).statusCode(200);
        // a total "over 100" with no stated precision has no upper bound: nothing exceeds it
        loadCsv(HEADER + row("all", "WORLD", "2045", P, D, 100, null, Map.of("qualifier", "over"))
                + row("all", "RU", "2045", P, D, 5000, null)).statusCode(200);
    }

    @Test
    void everyStatedFormIsJudgedOnItsBounds() {
        String p = "synthetic-breakdown-bounds";
        // "approximately 1000" without a precision has no bounds: nothing exceeds it
        loadCsv(HEADER + row("all", "WORLD", "2040", p, D, 1000, null, Map.of("qualifier", "approximately"))
                + row("all", "RU", "2040", p, D, 5000, null)).statusCode(200);
        // "nearly 1000" to the hundred is at most 1000; "approximately 1010" to the ten at least 1005
        loadCsv(HEADER + row("all", "WORLD", "2041", p, D, 1000, null, Map.of("qualifier", "nearly", "precision", "100"))
                + row("all", "RU", "2041", p, D, 1010, null, Map.of("qualifier", "approximately", "precision", "10")))
                .statusCode(400).body("errors.line", contains(2, 3, 3))
                .body("errors[0].message", containsString("add up to at least 1005, more than the WORLD total 1000 "
                        + "(at most 1000) at line 2"))
                .body("errors[1].message", containsString("destination RU (1010) exceeds the WORLD total 1000"));
        // "over 995" to the ten is at least 995: it may be below the total
        loadCsv(HEADER + row("all", "WORLD", "2041", p, D, 1000, null, Map.of("qualifier", "nearly", "precision", "100"))
                + row("all", "RU", "2041", p, D, 995, null, Map.of("qualifier", "over", "precision", "10")))
                .statusCode(200);
        // "at least 6" is above a stored total "over 900" to the hundred (at most 1000) with the stored 995
        loadCsv(HEADER + row("all", "WORLD", "2041", p, D, 900, null, Map.of("qualifier", "over", "precision", "100"))
                + row("all", "MX", "2041", p, D, 6, null, Map.of("qualifier", "at_least"))).statusCode(400)
                .body("errors.line", contains(2, 3))
                .body("errors[0].message", containsString("add up to at least 1001, more than the WORLD total 900 "
                        + "(at most 1000)"));
        loadCsv(HEADER + row("all", "MX", "2041", p, D, 5, null, Map.of("qualifier", "at_least"))).statusCode(200);
    }

    @Test
    void nevShareIsComputedFromTheSamePublisherAndDefinitionOnTheBounds() {
        given().queryParam("period", "2034").queryParam("publisher", P).get("/api/nev-share").then().statusCode(200)
                .body("same_definition", equalTo(true))
                .body("share.computed", percentage(25, 25, 25))
                .body("share.computed.numerator.value", equalTo(250))
                .body("share.computed.denominator.value", equalTo(1000))
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
                .body("from.low", equalTo(200))
                .body("from.derived", equalTo(true))
                .body("from.derivation", equalTo("difference"))
                .body("to.derived", equalTo(false))
                .body("years", equalTo(2))
                .body("multiple.value", equalTo(2.25f))
                .body("multiple.low", equalTo(2.25f))
                .body("cagr_pct.value", equalTo(50))
                .body("yoy", nullValue())
                .body("stated_growth", nullValue());
        given().queryParam("publisher", P).queryParam("from", "2033-H2").queryParam("to", "2031-H2").get("/api/growth")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void aYearApartTheStatedGrowthIsJudgedAgainstTheComputedOne() {
        String q = "synthetic-analysis-yoy";
        // 1000 to 1200 is exactly +20%; the stated +25% (24.5 to 25.5 as rounded) lies 4.5 points outside it
        loadCsv(HEADER + row("all", "WORLD", "2040", q, D, 1000, null)
                + row("all", "WORLD", "2041", q, D, 1200, null, Map.of("reported_yoy_pct", "25",
                        "stated_growth", "up by a fifth", "stated_growth_from", "2040"))
                + row("all", "WORLD", "2042", q, D, 1500, null, Map.of("reported_yoy_pct", "25")))
                .statusCode(200);
        given().queryParam("publisher", q).queryParam("from", "2040").queryParam("to", "2041").get("/api/growth")
                .then().statusCode(200)
                .body("yoy.reported", percentage(25, 24.5f, 25.5f))
                .body("yoy.computed.pct", equalTo(20))
                .body("yoy.computed.base_period", equalTo("2040"))
                .body("yoy.judgement", equalTo("outside"))
                .body("yoy.outside_by_points", equalTo(4.5f))
                .body("yoy.flagged", equalTo(true))
                .body("stated_growth.stated_as", equalTo("up by a fifth"))
                .body("stated_growth.from", equalTo("2040"));
        given().queryParam("publisher", q).queryParam("from", "2041").queryParam("to", "2042").get("/api/growth")
                .then().statusCode(200)
                .body("yoy.computed.pct", equalTo(25))
                .body("yoy.judgement", equalTo("inside"))
                .body("yoy.flagged", equalTo(false));
        // the stated growth belongs to its own base period only
        given().queryParam("publisher", q).queryParam("from", "2040").queryParam("to", "2042").get("/api/growth")
                .then().statusCode(200).body("stated_growth", nullValue()).body("yoy", nullValue())
                .body("multiple.value", equalTo(1.5f));
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
        assertThat(csv.lines().toList()).containsExactly(
                "period,value,low,high,derived,status,derived_low,derived_high,derived_from,judgement,outside_by,"
                        + "outside_by_pct",
                "2037-01,10,10,10,false,final,,,,,,", "2037-02,20,20,20,false,final,,,,,,",
                "2037-03,25,25,25,false,final,,,,,,");
    }

    @Test
    void seriesNeedsAPublisherWhenSeveralHaveFigures() {
        loadCsv(HEADER + row("bev", "WORLD", "2037-01", "synthetic-analysis-second", D, 11, null)).statusCode(200);
        given().get("/api/series?powertrain=bev&from=2037-01&to=2037-03").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
    }
}
