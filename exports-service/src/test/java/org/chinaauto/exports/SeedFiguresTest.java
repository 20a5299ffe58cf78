package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.chinaauto.local.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The default dataset (the published export figures the suite ships with) as an analyst reads it, through every view. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedFiguresTest {

    @Test
    void customsTotalFor2024IsKeptAsPublishedUnderItsOwnDefinition() {
        given().queryParam("publisher", "GACC").queryParam("period", "2024").queryParam("powertrain", "all")
                .queryParam("destination", "WORLD")
                .get("/api/figures").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].value", equalTo(6410000))
                .body("items[0].unit", equalTo("vehicles"))
                .body("items[0].qualifier", equalTo("nearly"))
                .body("items[0].precision", equalTo(10000))
                .body("items[0].stated_as", equalTo("nearly 6.41 million (also reported as over 6.4 million)"))
                .body("items[0].reported_yoy_pct", equalTo(22.8f))
                .body("items[0].definition", equalTo("customs-incl-chassis"))
                .body("items[0].definition_note", startsWith("Customs"))
                .body("items[0].destination_name", equalTo("World"))
                .body("items[0].published", equalTo("2025-04-16"))
                .body("items[0].rank", nullValue());
    }

    @Test
    void qualifiedNevFigureAndHalfYearAreKeptAsPublished() {
        given().queryParam("powertrain", "nev").queryParam("period", "2024").get("/api/figures").then().statusCode(200)
                .body("items.publisher", contains("GACC"))
                .body("items[0].value", equalTo(2000000))
                .body("items[0].qualifier", equalTo("over"))
                .body("items[0].stated_as", equalTo("surpassed 2 million"));
        given().queryParam("powertrain", "nev").queryParam("period", "2023-01/2023-06").queryParam("publisher", "CAAM")
                .get("/api/figures").then().statusCode(200)
                .body("items[0].period", equalTo("2023-H1"))
                .body("items[0].value", equalTo(534000))
                .body("items[0].reported_yoy_pct", equalTo(160));
    }

    @Test
    void rankedDestinationsWithoutValuesAreFiguresWithARank() {
        given().queryParam("destination", "ru").queryParam("publisher", "GACC").get("/api/figures").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].destination", equalTo("RU"))
                .body("items[0].destination_name", equalTo("Russia"))
                .body("items[0].value", nullValue())
                .body("items[0].rank", equalTo(1));
    }

    @Test
    void reconciliationOf2024ShowsBothPublishersAndTheirGap() {
        given().queryParam("period", "2024").get("/api/reconciliation").then().statusCode(200)
                .body("period", equalTo("2024"))
                .body("powertrain", equalTo("all"))
                .body("destination", equalTo("WORLD"))
                .body("figures.publisher", contains("CAAM", "GACC"))
                .body("figures.definition", contains("caam-exports", "customs-incl-chassis"))
                .body("figures.value", contains(5860000, 6410000))
                .body("figures.qualifier", contains(null, "nearly"))
                .body("gaps", hasSize(1))
                .body("gaps[0].publisher_a", equalTo("CAAM"))
                .body("gaps[0].publisher_b", equalTo("GACC"))
                .body("gaps[0].difference", equalTo(550000))
                .body("gaps[0].difference_pct", equalTo(9.39f))
                .body("gaps[0].approximate", equalTo(true));
        // 2023 from the other sources: CAAM 4.91M vs customs 5.221M
        given().queryParam("period", "2023").get("/api/reconciliation").then().statusCode(200)
                .body("figures.value", contains(4910000, 5221000)).body("gaps[0].difference", equalTo(311000));
    }

    @Test
    void reconciliationOfAnUnknownPeriodIsEmptyNotAnError() {
        given().queryParam("period", "2019").get("/api/reconciliation").then().statusCode(200)
                .body("figures", hasSize(0)).body("gaps", hasSize(0));
    }

    @Test
    void customsGrowthFrom2020To2024() {
        given().queryParam("publisher", "GACC").queryParam("from", "2020").queryParam("to", "2024").get("/api/growth")
                .then().statusCode(200)
                .body("publisher", equalTo("GACC"))
                .body("definition", equalTo("customs-incl-chassis"))
                .body("from.value", equalTo(1080000))
                .body("to.value", equalTo(6410000))
                .body("to.qualifier", equalTo("nearly"))
                .body("years", equalTo(4))
                .body("multiple", equalTo(5.94f))
                .body("cagr_pct", equalTo(56.08f))
                .body("approximate", equalTo(true));
    }

    @Test
    void growthNeedsAPublisherWhenSeveralHaveFigures() {
        given().queryParam("from", "2023").queryParam("to", "2024").get("/api/growth").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publisher"));
        // CAAM 2023 -> 2024: 4.91M -> 5.86M, +19.35% (other reports state +19.3%)
        given().queryParam("publisher", "CAAM").queryParam("from", "2023").queryParam("to", "2024").get("/api/growth")
                .then().statusCode(200).body("cagr_pct", equalTo(19.35f)).body("approximate", equalTo(false));
    }

    @Test
    void destinationsOf2024AreRankedAsPublishedWithoutShares() {
        given().queryParam("period", "2024").queryParam("publisher", "GACC").queryParam("powertrain", "all")
                .get("/api/destinations").then().statusCode(200)
                .body("definition", equalTo("customs-exports"))
                .body("entries.destination", contains("RU", "MX", "AE"))
                .body("entries.destination_name", contains("Russia", "Mexico", "United Arab Emirates"))
                .body("entries.rank", contains(1, 2, 3))
                .body("entries.stated_rank", contains(1, 2, 3))
                .body("entries.value", everyItem(nullValue()))
                .body("entries.share_pct", everyItem(nullValue()))
                // the customs total of 2024 is under another definition (including chassis): not used for shares
                .body("world_total", nullValue());
    }

    @Test
    void nevShareIsNotComputedAcrossDefinitions() {
        given().queryParam("period", "2024").queryParam("publisher", "GACC").get("/api/nev-share").then().statusCode(200)
                .body("nev_exports.value", equalTo(2000000))
                .body("nev_exports.qualifier", equalTo("over"))
                .body("nev_exports.definition", equalTo("customs-exports"))
                .body("all_exports.value", equalTo(6410000))
                .body("all_exports.definition", equalTo("customs-incl-chassis"))
                .body("same_definition", equalTo(false))
                .body("share", nullValue())
                .body("note", startsWith("NEV exports are published under"));
    }

    @Test
    void yearToDateSeriesShowsAnnualFiguresInDecember() {
        given().queryParam("publisher", "GACC").queryParam("from", "2020-01").queryParam("to", "2024-12")
                .queryParam("units", "ytd").get("/api/series").then().statusCode(200)
                .body("publisher", equalTo("GACC"))
                .body("definition", equalTo("customs-incl-chassis"))
                .body("points", hasSize(60))
                .body("points[11].period", equalTo("2020-12"))
                .body("points[11].value", equalTo(1080000))
                .body("points[10].value", nullValue())
                .body("points[47].value", equalTo(5221000))
                .body("points[59].value", equalTo(6410000))
                .body("points[59].approximate", equalTo(true));
    }

    @Test
    void listingIsPagedWithAMaximumPageSize() {
        given().queryParam("publisher", "GACC").queryParam("size", 2).queryParam("page", 1).get("/api/figures").then()
                .statusCode(200).body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2));
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
}
