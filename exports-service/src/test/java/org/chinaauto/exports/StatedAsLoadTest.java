package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.ExportsTestSupport.loadCsv;
import static org.chinaauto.exports.ExportsTestSupport.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Export figures given only as their reports state them, and figures whose values contradict their words. */
@QuarkusTest
class StatedAsLoadTest {

    static final String P = "SYN-export-stated-as";

    @Test
    void anExportFigureGivenOnlyAsStatedIsReadFromItsWords() {
        // Chinese words need the body's charset said: text/* is ISO-8859-1 unless it is
        Editing.post("/api/figures", "text/csv; charset=utf-8", HEADER
                + row("nev", "WORLD", "2032", P, "syn-total", null, null, Map.of("stated_as", "surpassing 2 million"))
                + row("all", "WORLD", "2032", P, "syn-total", null, null, Map.of("stated_as", "逾600万辆"))
                // a destination named without a figure keeps its words and has no value
                + row("all", "RU", "2032", P, "syn-total", null, null,
                        Map.of("stated_as", "core markets included Russia")))
                .statusCode(200).body("inserted", equalTo(3));
        String nev = "items.find { it.powertrain == 'nev' }";
        String all = "items.find { it.powertrain == 'all' && it.destination == 'WORLD' }";
        given().queryParam("publisher", P).get("/api/figures").then().statusCode(200)
                .body(nev + ".value", equalTo(2000000)).body(nev + ".qualifier", equalTo("over"))
                .body(nev + ".precision", equalTo(1000000)).body(nev + ".high", equalTo(3000000))
                .body(all + ".value", equalTo(6000000)).body(all + ".low", equalTo(6000000))
                .body(all + ".high", equalTo(6010000))
                .body("items.find { it.destination == 'RU' }.value", nullValue());
    }

    @Test
    void aValueContradictingItsWordsIsRefusedAndNothingIsWritten() {
        String p = P + "-disagreeing";
        loadCsv(HEADER
                + row("nev", "WORLD", "2032", p, "syn-total", null, null, Map.of("stated_as", "surpassing 2 million"))
                + row("all", "WORLD", "2032", p, "syn-total", 5_860_000, null, Map.of("stated_as", "5.68 million")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("stated_as"))
                .body("errors[0].message", containsString("states 5680000 (precision 10000), but the row gives 5860000"));
        assertThat(Editing.count("/api/figures", p)).isZero();
    }
}
