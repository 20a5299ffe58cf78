package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.chinaauto.local.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The default dataset as an analyst reads it: figures, the period summary and series. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedFiguresTest {

    @Test
    void janToNovember2025SalesAreCaamFigureWithProvenance() {
        given().queryParam("measure", "sales").queryParam("segment", "all").queryParam("period", "2025-01/2025-11")
                .queryParam("publisher", "CAAM")
                .get("/api/figures").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].value", equalTo(31130000))
                .body("items[0].unit", equalTo("vehicles"))
                .body("items[0].period", equalTo("2025-01/2025-11"))
                .body("items[0].precision", equalTo(10000))
                .body("items[0].stated_as", equalTo("31.13 million"))
                .body("items[0].published", equalTo("2025-12"))
                .body("items[0].definition", startsWith("CAAM sales: wholesale"));
    }

    @Test
    void qualifiedAndPeriodFormsAreKeptAsPublished() {
        given().queryParam("measure", "production").queryParam("segment", "nev").queryParam("period", "2024")
                .get("/api/figures").then().statusCode(200)
                .body("items[0].value", equalTo(12880000))
                .body("items[0].qualifier", equalTo("over"))
                .body("items[0].stated_as", equalTo("more than 12.88 million"));
        given().queryParam("segment", "nev").queryParam("publisher", "CAAM").queryParam("from", "2023-01").queryParam("to", "2023-12")
                .get("/api/figures").then().statusCode(200)
                .body("items.period", contains("2023-H1", "2023-H1", "2023-H1"))
                .body("items.measure", contains("production", "sales", "sales_share"))
                .body("items.value", contains(3788000, 3747000, 28.3f))
                .body("items.reported_yoy_pct", contains(42.4f, 44.1f, null));
    }

    @Test
    void listingIsPagedWithAMaximumPageSize() {
        given().queryParam("publisher", "CAAM").queryParam("size", 5).queryParam("page", 1).get("/api/figures").then()
                .statusCode(200).body("items", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5));
        given().queryParam("size", 1001).get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void summaryShowsReportedAndComputedNevShareWithTheirDifference() {
        given().queryParam("period", "2025-01/2025-11").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("publishers", hasSize(1))
                .body("publishers[0].publisher", equalTo("CAAM"))
                .body("publishers[0].production.value", equalTo(31230000))
                .body("publishers[0].sales.value", equalTo(31130000))
                .body("publishers[0].nev_sales.value", equalTo(15000000))
                .body("publishers[0].nev_sales.qualifier", equalTo("nearly"))
                .body("publishers[0].nev_sales.yoy.reported.pct", equalTo(31))
                .body("publishers[0].nev_sales.yoy.reported.qualifier", equalTo("over"))
                .body("publishers[0].nev_sales.yoy.computed", nullValue())
                .body("publishers[0].nev_share.reported.pct", equalTo(40.9f))
                // 15,000,000 / 31,130,000 = 48.18...%, never replaced by the reported 40.9%
                .body("publishers[0].nev_share.computed.pct", equalTo(48.19f))
                .body("publishers[0].nev_share.computed.approximate", equalTo(true))
                .body("publishers[0].nev_share.difference_points", equalTo(-7.29f))
                .body("publishers[0].nev_share.flagged", equalTo(true));
    }

    @Test
    void summaryOfAHalfYearUsesItsCanonicalForm() {
        given().queryParam("period", "2023-01/2023-06").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("period", equalTo("2023-H1"))
                .body("publishers[0].nev_production.value", equalTo(3788000))
                .body("publishers[0].nev_production.yoy.reported.pct", equalTo(42.4f))
                .body("publishers[0].nev_share.reported.pct", equalTo(28.3f))
                .body("publishers[0].nev_share.computed", nullValue());
    }

    @Test
    void summaryDerivesSeptemberToNovemberFromTwoCumulativeSpans() {
        // Jan-Nov ("nearly 15 million") minus Jan-Aug (9.62 million): derived, approximate, naming both inputs
        given().queryParam("period", "2025-09/2025-11").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("publishers[0].nev_sales.value", equalTo(5380000))
                .body("publishers[0].nev_sales.derived", equalTo(true))
                .body("publishers[0].nev_sales.derivation", equalTo("difference"))
                .body("publishers[0].nev_sales.qualifier", equalTo("approximately"))
                .body("publishers[0].nev_sales.sources.period", contains("2025-01/2025-11", "2025-01/2025-08"));
    }

    @Test
    void yearToDateSeriesUsesPublishedCumulativeSpans() {
        given().queryParam("measure", "sales").queryParam("segment", "nev").queryParam("publisher", "CAAM").queryParam("from", "2025-01")
                .queryParam("to", "2025-11").queryParam("units", "ytd").get("/api/series").then().statusCode(200)
                .body("publisher", equalTo("CAAM"))
                .body("points", hasSize(11))
                .body("points[7].period", equalTo("2025-08"))
                .body("points[7].value", equalTo(9620000))
                .body("points[10].value", equalTo(15000000))
                .body("points[10].approximate", equalTo(true))
                .body("points[0].value", nullValue());
    }
}
