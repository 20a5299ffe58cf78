package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.testing.Estimates.estimate;
import static org.chinaauto.testing.Estimates.percentage;
import static org.chinaauto.testing.SeedReports.R1;
import static org.chinaauto.testing.SeedReports.R2;
import static org.chinaauto.testing.SeedReports.R5;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.chinaauto.local.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The default dataset as an analyst checks it against the reports: every row M1-M11 of seed-facts.md with its value,
 * stated form, bounds, publisher, attribution, publication date and source; then the period summary and series.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedFiguresTest {

    /** One row of seed-facts.md as the API must show it; null where the report states nothing. */
    record Seed(String row, String measure, String segment, String period, String value, String qualifier,
            String statedAs, String low, String high, String yoy, String yoyQualifier, String attribution,
            String published, String publishedOn, String source) {

        @Override
        public String toString() {
            return row + " " + measure + " " + segment + " " + period;
        }
    }

    static Stream<Seed> seeds() {
        return Stream.of(
                new Seed("M1", "production", "all", "2025-01/2025-11", "31230000", null, "31.23 million",
                        "31225000", "31235000", null, null, "named", "2025-12", "2025-12-31", R1),
                new Seed("M2", "sales", "all", "2025-01/2025-11", "31130000", null, "31.13 million",
                        "31125000", "31135000", null, null, "named", "2025-12", "2025-12-31", R1),
                new Seed("M3", "production", "nev", "2025-01/2025-11", "15000000", "nearly", "nearly 15 million",
                        "14000000", "15000000", "31", "over", "named", "2025-12", "2025-12-31", R1),
                new Seed("M3", "sales", "nev", "2025-01/2025-11", "15000000", "nearly", "nearly 15 million",
                        "14000000", "15000000", "31", "over", "named", "2025-12", "2025-12-31", R1),
                new Seed("M4", "sales_share", "nev", "2025-01/2025-11", "40.9", null, "40.9%",
                        "40.85", "40.95", null, null, "inferred", "2025-12", "2025-12-31", R1),
                new Seed("M5", "production", "nev", "2025-01/2025-08", "9625000", "over",
                        "over 9.625 million (headline: over 9.6 million)", "9625000", "9626000", "37.3", null, "named",
                        "2025-10", "2025-10-31", R2),
                new Seed("M6", "sales", "nev", "2025-01/2025-08", "9620000", null, "9.62 million",
                        "9615000", "9625000", "36.7", null, "named", "2025-10", "2025-10-31", R2),
                new Seed("M7", "production", "nev", "2024", "12880000", "over", "more than 12.88 million",
                        "12880000", "12890000", null, null, "inferred", "2025-10", "2025-10-31", R2),
                new Seed("M8", "sales", "nev", "2024", "12860000", null, "12.86 million",
                        "12855000", "12865000", null, null, "inferred", "2025-10", "2025-10-31", R2),
                new Seed("M9", "production", "nev", "2023-H1", "3788000", null, "3.788 million",
                        "3787500", "3788500", "42.4", null, "inferred", "2023-07", "2023-07-31", R5),
                new Seed("M10", "sales", "nev", "2023-H1", "3747000", null, "3.747 million",
                        "3746500", "3747500", "44.1", null, "inferred", "2023-07", "2023-07-31", R5),
                new Seed("M11", "sales_share", "nev", "2023-H1", "28.3", null, "28.3%",
                        "28.25", "28.35", null, null, "inferred", "2023-07", "2023-07-31", R5));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedFigureIsServedAsTheReportStatesIt(Seed s) {
        Map<String, Object> f = given().queryParam("measure", s.measure()).queryParam("segment", s.segment())
                .queryParam("period", s.period()).queryParam("publisher", "CAAM").get("/api/figures").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0]");
        assertThat(f).containsEntry("qualifier", s.qualifier())
                .containsEntry("stated_as", s.statedAs()).containsEntry("attribution", s.attribution())
                .containsEntry("published", s.published()).containsEntry("published_on", s.publishedOn())
                .containsEntry("source", s.source()).containsEntry("reported_yoy_qualifier", s.yoyQualifier());
        assertThat(decimal(f.get("value"))).isEqualByComparingTo(s.value());
        assertThat(decimal(f.get("low"))).isEqualByComparingTo(s.low());
        assertThat(decimal(f.get("high"))).isEqualByComparingTo(s.high());
        if (s.yoy() == null) {
            assertThat(f.get("reported_yoy_pct")).isNull();
        } else {
            assertThat(decimal(f.get("reported_yoy_pct"))).isEqualByComparingTo(s.yoy());
        }
        // a figure always says how the report names its publisher, or why the suite infers it
        assertThat((String) f.get("attribution_note")).isNotBlank();
    }

    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    @Test
    void theDefaultDatasetHoldsExactlyTheSeedFacts() {
        given().queryParam("publisher", "CAAM").queryParam("size", 100).get("/api/figures").then().statusCode(200)
                .body("items", hasSize(12))
                .body("items.source.unique()", containsInAnyOrder(R1, R2, R5));
    }

    @Test
    void inferredAttributionsSayWhy() {
        given().queryParam("publisher", "CAAM").queryParam("measure", "sales_share").queryParam("period", "2025-01/2025-11")
                .get("/api/figures").then().statusCode(200)
                .body("items[0].attribution_note", equalTo("The report gives this share in the bullet after CAAM's "
                        + "January-November figures but does not name its source"))
                .body("items[0].notes", org.hamcrest.Matchers.containsString("does not state the period"));
        given().queryParam("publisher", "CAAM").queryParam("measure", "sales").queryParam("segment", "nev")
                .queryParam("period", "2024").get("/api/figures")
                .then().statusCode(200)
                .body("items[0].attribution_note", startsWith("The report gives the 2024 figures in the sentence after "
                        + "CAAM's January-August figures"));
    }

    @Test
    void listingIsPagedWithAMaximumPageSize() {
        given().queryParam("publisher", "CAAM").queryParam("size", 5).queryParam("page", 1).get("/api/figures").then()
                .statusCode(200).body("items", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5))
                .body("vintage", nullValue()).body("as_of", nullValue());
        given().queryParam("size", 1001).get("/api/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void theReportedNevShareFallsOutsideTheRangeTheFiguresAllow() {
        // nearly 15 million (14..15 million) over 31.13 million (31.125..31.135 million): 44.97% to 48.19%
        given().queryParam("period", "2025-01/2025-11").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("publishers", hasSize(1))
                .body("publishers[0].publisher", equalTo("CAAM"))
                .body("publishers[0].production.value", equalTo(31230000))
                .body("publishers[0].sales", estimate(31130000, 31125000, 31135000))
                .body("publishers[0].nev_sales", estimate(15000000, 14000000, 15000000))
                .body("publishers[0].nev_sales.qualifier", equalTo("nearly"))
                .body("publishers[0].nev_sales.stated_as", equalTo("nearly 15 million"))
                .body("publishers[0].nev_sales.yoy.reported", percentage(31, 31, 32))
                .body("publishers[0].nev_sales.yoy.reported.qualifier", equalTo("over"))
                .body("publishers[0].nev_sales.yoy", not(hasKey("computed")))
                .body("publishers[0].nev_share.reported", percentage(40.9f, 40.85f, 40.95f))
                .body("publishers[0].nev_share.computed", percentage(46.58f, 44.97f, 48.19f))
                .body("publishers[0].nev_share.judgement", equalTo("outside"))
                .body("publishers[0].nev_share.outside_by_points", equalTo(4.02f))
                .body("publishers[0].nev_share.flagged", equalTo(true));
    }

    @Test
    void summaryOfAHalfYearUsesItsCanonicalForm() {
        given().queryParam("period", "2023-01/2023-06").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("period", equalTo("2023-H1"))
                .body("publishers[0].nev_production", estimate(3788000, 3787500, 3788500))
                .body("publishers[0].nev_production.yoy.reported.pct", equalTo(42.4f))
                .body("publishers[0].nev_share.reported.pct", equalTo(28.3f))
                .body("publishers[0].nev_share", not(hasKey("computed")));
    }

    @Test
    void septemberToNovemberNevSalesAreDerivedWithTheBoundsTheStatedFormsAllow() {
        // nearly 15 million (14..15 million) minus 9.62 million (9.615..9.625 million): 4,375,000 to 5,385,000
        given().queryParam("period", "2025-09/2025-11").queryParam("publisher", "CAAM").get("/api/summary").then().statusCode(200)
                .body("publishers[0].nev_sales", estimate(4880000, 4375000, 5385000))
                .body("publishers[0].nev_sales.derived", equalTo(true))
                .body("publishers[0].nev_sales.derivation", equalTo("difference"))
                .body("publishers[0].nev_sales", not(hasKey("qualifier")))
                .body("publishers[0].nev_sales", not(hasKey("approximate")))
                .body("publishers[0].nev_sales.sources.period", contains("2025-01/2025-11", "2025-01/2025-08"))
                .body("publishers[0].nev_sales.sources.attribution", contains("named", "named"))
                // nearly 15 million minus over 9.625 million (9.625..9.626 million)
                .body("publishers[0].nev_production.low", equalTo(4374000))
                .body("publishers[0].nev_production.high", equalTo(5375000));
    }

    @Test
    void yearToDateSeriesUsesPublishedCumulativeSpans() {
        given().queryParam("measure", "sales").queryParam("segment", "nev").queryParam("publisher", "CAAM").queryParam("from", "2025-01")
                .queryParam("to", "2025-11").queryParam("units", "ytd").get("/api/series").then().statusCode(200)
                .body("publisher", equalTo("CAAM"))
                .body("points", hasSize(11))
                .body("points[7].period", equalTo("2025-08"))
                .body("points[7]", estimate(9620000, 9615000, 9625000))
                .body("points[10]", estimate(15000000, 14000000, 15000000))
                .body("points[10].derived", equalTo(false))
                .body("points[0].value", nullValue());
    }
}
