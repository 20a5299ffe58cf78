package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Vintages: what the publishers had published by a date, whatever the load time. The default dataset is loaded on
 * this fresh database today, yet the customs' 2024 total counts from its report's date, 2025-04-16, and CAAM's from
 * December 2025 (a month counts from its last day).
 */
@QuarkusTest
class VintageTest {

    @Test
    void theDayBeforeTheCustomsReportItsFiguresAreNotShown() {
        given().queryParam("vintage", "2025-04-15").queryParam("publisher", "GACC").get("/api/figures").then()
                .statusCode(200).body("items", hasSize(0)).body("vintage", equalTo("2025-04-15"))
                .body("as_of", nullValue());
        given().queryParam("vintage", "2025-04-15").queryParam("period", "2024").get("/api/reconciliation").then()
                .statusCode(200).body("vintage", equalTo("2025-04-15")).body("figures", hasSize(0));
        given().queryParam("vintage", "2025-04-15").queryParam("publisher", "GACC").queryParam("from", "2020")
                .queryParam("to", "2024").get("/api/growth").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("vintage", "2025-04-15").queryParam("period", "2024").queryParam("publisher", "GACC")
                .get("/api/destinations").then().statusCode(200).body("entries", hasSize(0));
        String csv = given().queryParam("vintage", "2025-04-15").queryParam("publisher", "GACC")
                .queryParam("format", "csv").get("/api/figures").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).containsExactly(HEADER.strip());
    }

    @Test
    void onTheDayOfTheCustomsReportItsFiguresAreShownButNotCaamsOfDecember() {
        given().queryParam("vintage", "2025-04-16").queryParam("publisher", "GACC").queryParam("period", "2024")
                .queryParam("powertrain", "all").queryParam("destination", "WORLD").get("/api/figures").then()
                .statusCode(200).body("items.value", contains(6410000));
        given().queryParam("vintage", "2025-04-16").queryParam("publisher", "GACC").queryParam("from", "2020")
                .queryParam("to", "2024").get("/api/growth").then().statusCode(200)
                .body("vintage", equalTo("2025-04-16")).body("multiple.low", equalTo(5.9f));
        given().queryParam("vintage", "2025-11-30").queryParam("period", "2024").get("/api/reconciliation").then()
                .statusCode(200).body("figures.publisher", contains("GACC")).body("gaps", hasSize(0));
        given().queryParam("vintage", "2025-12").queryParam("period", "2024").get("/api/reconciliation").then()
                .statusCode(200).body("vintage", equalTo("2025-12-31"))
                .body("figures.publisher", contains("CAAM", "GACC")).body("gaps", hasSize(1));
    }

    @Test
    void aFigurePublishedInAMonthCountsFromItsLastDay() {
        given().queryParam("vintage", "2023-07-30").queryParam("publisher", "CAAM").get("/api/figures").then()
                .statusCode(200).body("items", hasSize(0));
        given().queryParam("vintage", "2023-07-31").queryParam("publisher", "CAAM").get("/api/figures").then()
                .statusCode(200).body("items.period", contains("2023-H1"));
        given().queryParam("vintage", "2023-07-31").queryParam("publisher", "CAAM").queryParam("powertrain", "nev")
                .queryParam("from", "2023-01").queryParam("to", "2023-06").queryParam("units", "ytd")
                .get("/api/series").then().statusCode(200).body("vintage", equalTo("2023-07-31"))
                .body("points[5].value", equalTo(534000));
        given().queryParam("vintage", "2023-07-30").queryParam("publisher", "CAAM").queryParam("powertrain", "nev")
                .queryParam("from", "2023-01").queryParam("to", "2023-06").queryParam("units", "ytd")
                .get("/api/series").then().statusCode(200).body("points[5].value", nullValue());
    }

    @Test
    void aRevisionTakesEffectAtItsOwnPublicationDateAndAsOfCombinesWithVintage() {
        String p = "synthetic-vintage";
        String d = "synthetic-def";
        loadCsv(HEADER + row("all", "WORLD", "2038", p, d, 700, null, Map.of("published", "2039-02")))
                .statusCode(200).body("inserted", equalTo(1));
        loadCsv(HEADER + row("all", "WORLD", "2038", p, d, 720, null, Map.of("published", "2039-04-10")))
                .statusCode(200).body("revised", equalTo(1));
        List<String> loadedAt = given().queryParam("powertrain", "all").queryParam("period", "2038")
                .queryParam("publisher", p).get("/api/figures/history").then().statusCode(200)
                .body("value", contains(700, 720))
                .body("published_on", contains("2039-02-28", "2039-04-10"))
                .extract().path("loaded_at");

        given().queryParam("publisher", p).queryParam("vintage", "2039-02-27").get("/api/figures").then()
                .body("items", hasSize(0));
        given().queryParam("publisher", p).queryParam("vintage", "2039-02-28").get("/api/figures").then()
                .body("items.value", contains(700));
        given().queryParam("publisher", p).queryParam("vintage", "2039-04-09").get("/api/figures").then()
                .body("items.value", contains(700));
        given().queryParam("publisher", p).queryParam("vintage", "2039-04-10").get("/api/figures").then()
                .body("items.value", contains(720));
        given().queryParam("publisher", p).get("/api/figures").then().body("items.value", contains(720));
        // history: only the versions published by the vintage
        given().queryParam("powertrain", "all").queryParam("period", "2038").queryParam("publisher", p)
                .queryParam("vintage", "2039-03-01").get("/api/figures/history").then().statusCode(200)
                .body("value", contains(700));
        // with asOf: among the versions loaded by then
        given().queryParam("publisher", p).queryParam("vintage", "2039-12-31").queryParam("asOf", loadedAt.get(0))
                .get("/api/figures").then().body("items.value", contains(700))
                .body("as_of", equalTo(loadedAt.get(0))).body("vintage", equalTo("2039-12-31"));
        given().queryParam("publisher", p).queryParam("vintage", "2039-12-31").queryParam("asOf", "2000-01-01")
                .get("/api/figures").then().body("items", hasSize(0));
        given().queryParam("period", "2038").queryParam("vintage", "2039-12-31").queryParam("asOf", loadedAt.get(1))
                .get("/api/reconciliation").then().body("figures.value", contains(720));
        // a figure without a publication date is part of no vintage
        loadCsv(HEADER + row("all", "WORLD", "2038", p + "-undated", d, 1, null)).statusCode(200);
        given().queryParam("publisher", p + "-undated").queryParam("vintage", "2100-01-01").get("/api/figures").then()
                .body("items", hasSize(0));
    }

    @Test
    void aMalformedVintageIsAProblemNamingTheParameterOnEveryRead() {
        String[] reads = { "/api/figures", "/api/figures?format=csv",
                "/api/figures/history?powertrain=all&period=2024&publisher=GACC", "/api/reconciliation?period=2024",
                "/api/growth?publisher=GACC&from=2020&to=2024", "/api/destinations?period=2024&publisher=GACC",
                "/api/nev-share?period=2024&publisher=GACC",
                "/api/series?publisher=GACC&from=2024-01&to=2024-12", "/api/series?publisher=GACC&from=2024-01&to=2024-12&format=csv" };
        for (String read : reads) {
            for (String vintage : new String[] { "2025-13-01", "yesterday" }) {
                given().queryParam("vintage", vintage).get(read).then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("vintage"))
                        .body("detail", containsString(vintage));
            }
        }
        given().queryParam("asOf", "yesterday").get("/api/reconciliation?period=2024").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }
}
