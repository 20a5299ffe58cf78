package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Vintages: what the publishers had published by a date, whatever the load time (the default dataset is loaded
 * at the test run, years after most of its figures were published); asOf still means load time.
 */
@QuarkusTest
class VintageTest {

    static RequestSpecification caamNevProduction2025() {
        return given().queryParam("measure", "production").queryParam("segment", "nev").queryParam("publisher", "CAAM")
                .queryParam("from", "2025-01").queryParam("to", "2025-12");
    }

    @Test
    void beforeDecember2025OnlyTheJanuaryToAugustFiguresHadBeenPublished() {
        caamNevProduction2025().queryParam("vintage", "2025-11-01").get("/api/figures").then().statusCode(200)
                .body("vintage", equalTo("2025-11-01"))
                .body("as_of", nullValue())
                .body("items.period", contains("2025-01/2025-08"))
                .body("items[0]", estimate(9625000, 9625000, 9626000))
                .body("items[0].qualifier", equalTo("over"))
                .body("items[0].published_on", equalTo("2025-10-31"));
        caamNevProduction2025().queryParam("vintage", "2025-12-31").get("/api/figures").then().statusCode(200)
                .body("items.period", contains("2025-01/2025-08", "2025-01/2025-11"));
        // a month-only publication date counts from the month's last day
        caamNevProduction2025().queryParam("vintage", "2025-10-30").get("/api/figures").then().statusCode(200)
                .body("items", empty());
        caamNevProduction2025().queryParam("vintage", "2025-10").get("/api/figures").then().statusCode(200)
                .body("vintage", equalTo("2025-10-31")).body("items.period", contains("2025-01/2025-08"));
    }

    @Test
    void theCsvDownloadHasTheVintageToo() {
        String csv = caamNevProduction2025().accept("text/csv").queryParam("vintage", "2025-11-01").get("/api/figures")
                .then().statusCode(200).contentType("text/csv").header("Link", org.hamcrest.Matchers.nullValue()).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.lines().skip(1).toList()).singleElement().asString()
                .startsWith("production,nev,2025-01/2025-08,CAAM,9625000,over,1000,");
    }

    @Test
    void summaryAndSeriesAnswerAsPublishedByTheVintage() {
        given().queryParam("period", "2025-01/2025-11").queryParam("publisher", "CAAM").queryParam("vintage", "2025-11-01")
                .get("/api/summary").then()
                .statusCode(200).body("vintage", equalTo("2025-11-01")).body("publishers", empty());
        given().queryParam("period", "2025-01/2025-08").queryParam("publisher", "CAAM").queryParam("vintage", "2025-11-01")
                .get("/api/summary").then().statusCode(200)
                .body("publishers[0].nev_production.value", equalTo(9625000))
                .body("publishers[0].nev_production.yoy.reported.pct", equalTo(37.3f));
        given().queryParam("measure", "sales").queryParam("segment", "nev").queryParam("publisher", "CAAM")
                .queryParam("from", "2025-01").queryParam("to", "2025-11").queryParam("units", "ytd")
                .queryParam("vintage", "2025-11-01").get("/api/series").then().statusCode(200)
                .body("vintage", equalTo("2025-11-01"))
                .body("points[7].value", equalTo(9620000))
                .body("points[10].value", nullValue());
        // July 2023: only the first-half 2023 figures
        given().queryParam("publisher", "CAAM").queryParam("vintage", "2023-07-31").get("/api/figures").then()
                .statusCode(200).body("items.period", contains("2023-H1", "2023-H1", "2023-H1"));
        given().queryParam("publisher", "CAAM").queryParam("vintage", "2023-07-30").get("/api/figures").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aRevisionTakesEffectAtItsOwnPublicationDate() {
        String row = "production,all,2025-10,SYN001,%d,,,,,,,%s,Synthetic report,,,,,\n";
        loadCsv(HEADER + row.formatted(1000, "2025-11-05")).statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row.formatted(1100, "2025-12")).statusCode(200).body("revised", equalTo(1));

        assertValue(null, null, 1100);
        assertValue("2025-11-04", null, null);
        assertValue("2025-11-05", null, 1000);
        assertValue("2025-12-30", null, 1000);
        assertValue("2025-12-31", null, 1100);

        RequestSpecification history = given().queryParam("measure", "production").queryParam("segment", "all")
                .queryParam("period", "2025-10").queryParam("publisher", "SYN001");
        List<String> loadedAt = history.get("/api/figures/history").then().statusCode(200)
                .body("value", contains(1000, 1100)).extract().path("loaded_at");
        given().queryParam("measure", "production").queryParam("segment", "all").queryParam("period", "2025-10")
                .queryParam("publisher", "SYN001").queryParam("vintage", "2025-12-01").get("/api/figures/history").then()
                .statusCode(200).body("value", contains(1000));

        // asOf (load time) combines with the vintage: before the revision was loaded, only the first version exists
        assertValue("2025-12-31", loadedAt.get(0), 1000);
        assertValue("2025-12-31", loadedAt.get(1), 1100);
        assertValue("2025-12-31", "2000-01-01", null);
        given().queryParam("publisher", "SYN001").queryParam("vintage", "2025-12-31").queryParam("asOf", loadedAt.get(0))
                .get("/api/figures").then().body("as_of", not(nullValue())).body("vintage", equalTo("2025-12-31"));
    }

    private static void assertValue(String vintage, String asOf, Integer value) {
        RequestSpecification spec = given().queryParam("publisher", "SYN001");
        if (vintage != null) {
            spec.queryParam("vintage", vintage);
        }
        if (asOf != null) {
            spec.queryParam("asOf", asOf);
        }
        var then = spec.get("/api/figures").then().statusCode(200);
        if (value == null) {
            then.body("items", empty());
        } else {
            then.body("items", hasSize(1)).body("items[0].value", equalTo(value));
        }
    }

    @Test
    void aMalformedVintageIsAProblemOnEveryRead() {
        for (String path : List.of("/api/figures", "/api/summary?period=2025-11",
                "/api/series?measure=sales&segment=all&publisher=CAAM&from=2025-01&to=2025-02",
                "/api/figures/history?measure=sales&segment=all&publisher=CAAM&period=2025-01/2025-11")) {
            given().queryParam("vintage", "last-december").get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("vintage"))
                    .body("detail", containsString("last-december"));
        }
    }
}
