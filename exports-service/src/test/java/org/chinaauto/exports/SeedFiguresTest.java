package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.testing.Estimates.estimate;
import static org.chinaauto.testing.SeedReports.R1;
import static org.chinaauto.testing.SeedReports.R3;
import static org.chinaauto.testing.SeedReports.R5;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.chinaauto.local.PostgresTestResource;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The default dataset as an analyst reads it, row by row against ../shared/seed-facts.md (X1-X6): each figure with
 * its stated form, bounds, publisher and whether the report names it, publication date, definition and report.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedFiguresTest {

    private static ValidatableResponse onlyFigure(String powertrain, String destination, String period,
            String publisher) {
        return given().queryParam("powertrain", powertrain).queryParam("destination", destination)
                .queryParam("period", period).queryParam("publisher", publisher).get("/api/figures").then()
                .statusCode(200).body("items", hasSize(1));
    }

    /**
     * A figure as its report states it: its definition, value, stated form and qualifier, the bounds they allow, how
     * its publisher is attributed, when it was published and in which report.
     */
    private static Matcher<Map<? extends String, ?>> asStated(String definition, int value, String statedAs,
            String qualifier, int low, int high, String attribution, String published, String publishedOn,
            String report) {
        return allOf(List.of(entry("definition", definition), entry("value", value), entry("stated_as", statedAs),
                entry("qualifier", qualifier), entry("low", low), entry("high", high), entry("attribution", attribution),
                entry("published", published), entry("published_on", publishedOn), entry("source", report)));
    }

    private static Matcher<? super Map<? extends String, ?>> entry(String key, Object value) {
        return hasEntry(key, value);
    }

    @Test
    void x1Caam2024ExportsAreInferredFromTheCommentaryOfDecember2025() {
        onlyFigure("all", "WORLD", "2024", "CAAM")
                .body("items[0]", asStated("caam-exports", 5860000, "5.86 million", null, 5855000, 5865000, "inferred",
                        "2025-12", "2025-12-31", R1))
                .body("items[0].publisher", equalTo("CAAM"))
                .body("items[0].precision", equalTo(10000))
                .body("items[0].unit", equalTo("vehicles"))
                .body("items[0].attribution_note", containsString("cites CAAM for the January-November 2025 figures"));
    }

    @Test
    void x2CustomsTotalFor2024IsNamedAndBoundedByBothStatedForms() {
        onlyFigure("all", "WORLD", "2024", "GACC")
                // "exceeded 6.4 million" and "nearly 6.41 million" agree on 6,400,000 to 6,410,000
                .body("items[0]", asStated("customs-incl-chassis", 6410000,
                        "exceeded 6.4 million; also nearly 6.41 million", "nearly", 6400000, 6410000, "named",
                        "2025-04-16", "2025-04-16", R3))
                .body("items[0].publisher", equalTo("GACC"))
                .body("items[0].definition_note", startsWith("Customs"))
                .body("items[0].precision", equalTo(10000))
                .body("items[0].reported_yoy_pct", equalTo(22.8f))
                .body("items[0].stated_growth", equalTo("nearly fivefold"))
                .body("items[0].stated_growth_from", equalTo("2020"))
                .body("items[0].attribution_note", containsString("General Administration of Customs"))
                .body("items[0].destination_name", equalTo("World"))
                .body("items[0].rank", nullValue());
    }

    @Test
    void x3NevExports2024AreAtLeastTwoMillionAndInferredToBeCustoms() {
        onlyFigure("nev", "WORLD", "2024", "GACC")
                .body("items[0]", asStated("customs-exports", 2000000, "surpassing 2 million", "over", 2000000, 3000000,
                        "inferred", "2025-04-16", "2025-04-16", R3))
                .body("items[0].precision", equalTo(1000000))
                .body("items[0].attribution_note", startsWith("The report names no source"));
        given().queryParam("powertrain", "nev").queryParam("period", "2024").get("/api/figures").then()
                .body("items.publisher", contains("GACC"));
    }

    @Test
    void x4Customs2020IsTheStartOfTheSameSeriesAsTheCustoms2024Total() {
        onlyFigure("all", "WORLD", "2020", "GACC")
                .body("items[0]", asStated("customs-incl-chassis", 1080000, "1.08 million", null, 1075000, 1085000,
                        "inferred", "2025-04-16", "2025-04-16", R3))
                .body("items[0].attribution_note", containsString("from 1.08 million units in 2020"));
    }

    @Test
    void x5NevExportsOfTheFirstHalfOf2023AreExactAndInferredToBeCaam() {
        given().queryParam("powertrain", "nev").queryParam("period", "2023-01/2023-06").queryParam("publisher", "CAAM")
                .get("/api/figures").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].period", equalTo("2023-H1"))
                .body("items[0]", asStated("caam-exports", 534000, "534,000", null, 534000, 534000, "inferred", "2023-07",
                        "2023-07-31", R5))
                .body("items[0].reported_yoy_pct", equalTo(160))
                .body("items[0].attribution_note", startsWith("The report names no source"));
    }

    @Test
    void x6CoreExportMarketsOf2024AreASetOfNamedDestinationsWithoutRankOrValue() {
        given().queryParam("period", "2024").queryParam("publisher", "GACC").queryParam("powertrain", "all")
                .get("/api/destinations").then().statusCode(200)
                .body("definition", equalTo("customs-exports"))
                .body("ranked", equalTo(false))
                .body("entries.destination_name", contains("Mexico", "Russia", "United Arab Emirates"))
                .body("entries.destination", contains("MX", "RU", "AE"))
                .body("entries.listed", everyItem(equalTo(true)))
                .body("entries.rank", everyItem(nullValue()))
                .body("entries.stated_rank", everyItem(nullValue()))
                .body("entries.value", everyItem(nullValue()))
                .body("entries.low", everyItem(nullValue()))
                .body("entries.high", everyItem(nullValue()))
                .body("entries.share_pct", everyItem(nullValue()))
                .body("entries.stated_as", everyItem(equalTo(
                        "core export markets in 2024 included Russia, Mexico, and the UAE")))
                .body("entries.attribution", everyItem(equalTo("inferred")))
                .body("entries.published", everyItem(equalTo("2025-04-16")))
                .body("entries.source", everyItem(equalTo(R3)))
                // the customs total of 2024 is under another definition (including chassis): not used for shares
                .body("world_total", nullValue())
                .body("not_attributed", nullValue());
        given().queryParam("destination", "ru").queryParam("publisher", "GACC").get("/api/figures").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].destination", equalTo("RU"))
                .body("items[0].destination_name", equalTo("Russia"))
                .body("items[0].value", nullValue())
                .body("items[0].low", nullValue())
                .body("items[0].high", nullValue())
                .body("items[0].rank", nullValue())
                .body("items[0].attribution", equalTo("inferred"));
    }

    @Test
    void theDatasetHoldsNothingButTheSeedFacts() {
        given().queryParam("publisher", "CAAM").get("/api/figures").then().statusCode(200)
                .body("items", hasSize(2)).body("items.period", contains("2023-H1", "2024"));
        given().queryParam("publisher", "GACC").get("/api/figures").then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.destination", contains("WORLD", "AE", "MX", "RU", "WORLD", "WORLD"));
        // no report states a 2023 total of either publisher
        given().queryParam("period", "2023").get("/api/reconciliation").then().statusCode(200)
                .body("figures", hasSize(0)).body("gaps", hasSize(0));
    }

    @Test
    void reconciliationOf2024ShowsBothDefinitionsSideBySideAndTheGapOnTheirBounds() {
        given().queryParam("period", "2024").get("/api/reconciliation").then().statusCode(200)
                .body("period", equalTo("2024"))
                .body("powertrain", equalTo("all"))
                .body("destination", equalTo("WORLD"))
                .body("figures.publisher", contains("CAAM", "GACC"))
                .body("figures.definition", contains("caam-exports", "customs-incl-chassis"))
                .body("figures.value", contains(5860000, 6410000))
                .body("figures.low", contains(5855000, 6400000))
                .body("figures.high", contains(5865000, 6410000))
                .body("figures.qualifier", contains(null, "nearly"))
                .body("figures.attribution", contains("inferred", "named"))
                .body("figures.published", contains("2025-12", "2025-04-16"))
                .body("gaps", hasSize(1))
                .body("gaps[0].publisher_a", equalTo("CAAM"))
                .body("gaps[0].publisher_b", equalTo("GACC"))
                .body("gaps[0].same_definition", equalTo(false))
                .body("gaps[0].gap", estimate(545000, 535000, 555000))
                .body("gaps[0].gap_pct", estimate(9.3f, 9.12f, 9.48f));
    }

    @Test
    void reconciliationOfAnUnknownPeriodIsEmptyNotAnError() {
        given().queryParam("period", "2019").get("/api/reconciliation").then().statusCode(200)
                .body("figures", hasSize(0)).body("gaps", hasSize(0));
    }

    @Test
    void customsGrowthFrom2020To2024IsAMultipleOfAbout5point9BesideTheStatedNearlyFivefold() {
        given().queryParam("powertrain", "all").queryParam("destination", "WORLD").queryParam("publisher", "GACC")
                .queryParam("from", "2020").queryParam("to", "2024").get("/api/growth")
                .then().statusCode(200)
                .body("publisher", equalTo("GACC"))
                .body("definition", equalTo("customs-incl-chassis"))
                .body("from", estimate(1080000, 1075000, 1085000))
                .body("from.attribution", equalTo("inferred"))
                .body("to", estimate(6410000, 6400000, 6410000))
                .body("to.qualifier", equalTo("nearly"))
                .body("to.attribution", equalTo("named"))
                .body("years", equalTo(4))
                // 6,400,000 / 1,085,000 = 5.899 to 6,410,000 / 1,075,000 = 5.963
                .body("multiple", estimate(5.93f, 5.9f, 5.96f))
                .body("cagr_pct.low", equalTo(55.84f))
                .body("cagr_pct.high", equalTo(56.27f))
                .body("stated_growth.stated_as", equalTo("nearly fivefold"))
                .body("stated_growth.from", equalTo("2020"))
                .body("yoy", nullValue());
    }

    @Test
    void growthNeedsAPublisherWhenSeveralHaveFigures() {
        given().queryParam("from", "2020").queryParam("to", "2024").get("/api/growth").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
    }

    @Test
    void nevShareIsNotComputedAcrossDefinitions() {
        given().queryParam("period", "2024").queryParam("publisher", "GACC").get("/api/nev-share").then().statusCode(200)
                .body("nev_exports", estimate(2000000, 2000000, 3000000))
                .body("nev_exports.qualifier", equalTo("over"))
                .body("nev_exports.definition", equalTo("customs-exports"))
                .body("all_exports.value", equalTo(6410000))
                .body("all_exports.definition", equalTo("customs-incl-chassis"))
                .body("same_definition", equalTo(false))
                .body("share", nullValue())
                .body("note", startsWith("NEV exports are published under"));
    }

    @Test
    void yearToDateSeriesShowsAnnualFiguresInDecemberWithTheirBounds() {
        given().queryParam("publisher", "GACC").queryParam("from", "2020-01").queryParam("to", "2024-12")
                .queryParam("units", "ytd").get("/api/series").then().statusCode(200)
                .body("publisher", equalTo("GACC"))
                .body("definition", equalTo("customs-incl-chassis"))
                .body("points", hasSize(60))
                .body("points[11].period", equalTo("2020-12"))
                .body("points[11]", estimate(1080000, 1075000, 1085000))
                .body("points[11].derived", equalTo(false))
                .body("points[10].value", nullValue())
                .body("points[47].value", nullValue())
                .body("points[59]", estimate(6410000, 6400000, 6410000));
    }

    @Test
    void listingIsPagedWithAMaximumPageSize() {
        given().queryParam("publisher", "GACC").queryParam("size", 2).queryParam("page", 1).get("/api/figures").then()
                .statusCode(200).body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("has_more", equalTo(true));
        given().queryParam("size", 1001).get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        given().queryParam("period", "2024-13").get("/api/reconciliation").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().queryParam("powertrain", "diesel").get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("powertrain"));
        given().queryParam("destination", "atlantis").get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("destination"));
        given().queryParam("destination", "XX").queryParam("period", "2024").get("/api/reconciliation").then()
                .statusCode(400).body("errors[0].field", equalTo("destination"));
        given().queryParam("publisher", "GACC").queryParam("from", "2020").queryParam("to", "2024-H1").get("/api/growth")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("publisher", "GACC").queryParam("from", "2019").queryParam("to", "2024").get("/api/growth")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("from", "2024-01").queryParam("to", "2024-12").queryParam("units", "weekly")
                .get("/api/series").then().statusCode(400).body("errors[0].field", equalTo("units"));
        given().get("/api/destinations").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void regionsAreKnownByCodeAndName() {
        given().queryParam("destination", "Western Europe").queryParam("period", "2024").get("/api/reconciliation")
                .then().statusCode(200).body("destination", equalTo("western-europe"))
                .body("destination_name", equalTo("Western Europe")).body("figures", hasSize(0));
    }

    @Test
    void theOverviewOfAPeriodIsItsReconciliationForAllVehiclesAndForNevsInOneAnswer() {
        for (String period : new String[] { "2024", "2025-01/2025-11" }) {
            Map<String, Object> overview = given().queryParam("period", period).get("/api/overview").then()
                    .statusCode(200).extract().jsonPath().getMap("");
            for (String powertrain : new String[] { "all", "nev" }) {
                Map<String, Object> alone = given().queryParam("period", period).queryParam("powertrain", powertrain)
                        .get("/api/reconciliation").then().statusCode(200).extract().jsonPath().getMap("");
                assertThat(overview.get(powertrain)).as(period + " " + powertrain).isEqualTo(alone);
            }
        }
        given().queryParam("period", "2024").get("/api/overview").then()
                .body("all.figures.publisher", hasItem("CAAM")).body("all.powertrain", equalTo("all"))
                .body("nev.powertrain", equalTo("nev"));
        given().queryParam("period", "2024-13").get("/api/overview").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
