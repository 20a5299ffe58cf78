package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A load that gives a figure only as its report states it has value, qualifier and precision read from the words;
 * one that gives both, disagreeing, is refused with the reason and writes nothing.
 */
@QuarkusTest
class StatedAsLoadTest {

    static final String HEADER = "measure,segment,period,publisher,stated_as,value,qualifier,precision\n";

    @Test
    void aFigureGivenOnlyAsStatedIsReadFromItsWords() {
        String p = "SYN-stated-as";
        // Chinese words need the body's charset said: text/* is ISO-8859-1 unless it is
        Editing.post("/api/figures", "text/csv; charset=utf-8", HEADER
                + "production,nev,2030-01/2030-11," + p + ",nearly 15 million,,,\n"
                + "sales,all,2030-01/2030-11," + p + ",31.23 million,,,\n"
                + "sales_share,nev,2030-01/2030-11," + p + ",40.9%,,,\n"
                + "production,all,2030-01/2030-11," + p + ",近3200万辆,,,\n"
                + "sales,nev,2030-01/2030-11," + p + ",up to 14.2 million,,,\n"
                // given beside its words and agreeing with them: the second form of the figure
                + "production,all,2030," + p + ",\"exceeded 6.4 million; also nearly 6.41 million\",6410000,nearly,10000\n")
                .statusCode(200).body("inserted", equalTo(6));
        given().queryParam("publisher", p).queryParam("period", "2030-01/2030-11").get("/api/figures").then()
                .statusCode(200)
                .body("items.find { it.measure == 'production' && it.segment == 'nev' }.value", equalTo(15000000))
                .body("items.find { it.measure == 'production' && it.segment == 'nev' }.qualifier", equalTo("nearly"))
                .body("items.find { it.measure == 'production' && it.segment == 'nev' }.precision", equalTo(1000000))
                .body("items.find { it.measure == 'production' && it.segment == 'nev' }.low", equalTo(14000000))
                .body("items.find { it.measure == 'sales' && it.segment == 'all' }.low", equalTo(31225000))
                .body("items.find { it.measure == 'sales' && it.segment == 'all' }.high", equalTo(31235000))
                .body("items.find { it.measure == 'sales_share' }.value", equalTo(40.9f))
                .body("items.find { it.measure == 'sales_share' }.precision", equalTo(0.1f))
                .body("items.find { it.measure == 'production' && it.segment == 'all' }.value", equalTo(32000000))
                .body("items.find { it.measure == 'production' && it.segment == 'all' }.low", equalTo(31990000))
                // "up to": a ceiling, nothing said of how close to it
                .body("items.find { it.measure == 'sales' && it.segment == 'nev' }.qualifier", equalTo("at_most"))
                .body("items.find { it.measure == 'sales' && it.segment == 'nev' }.low", equalTo(null))
                .body("items.find { it.measure == 'sales' && it.segment == 'nev' }.high", equalTo(14200000));
        // the words are kept as stated
        String csv = given().queryParam("publisher", p).queryParam("format", "csv").get("/api/figures").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains(",nearly 15 million,", ",近3200万辆,");
    }

    @Test
    void valuesThatDisagreeWithTheirWordsAreRefusedWithBothAndNothingIsWritten() {
        String p = "SYN-stated-as-disagreeing";
        loadCsv(HEADER
                + "production,nev,2030-01/2030-11," + p + ",nearly 15 million,,,\n"
                // line 3: the value says 15 million, the words 31.23 million
                + "sales,all,2030-01/2030-11," + p + ",31.23 million,15000000,,\n"
                // line 4: a share where a count is stated
                + "production,all,2030-01/2030-11," + p + ",40.9%,,,\n"
                // line 5: words that state no figure, and no value
                + "sales,nev,2030-01/2030-11," + p + ",a record year,,,\n"
                // line 6: the qualifier contradicts the words
                + "sales,bev,2030-01/2030-11," + p + ",over 2 million,,nearly,\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3, 4, 5, 6))
                .body("errors.field", contains("stated_as", "stated_as", "value", "qualifier"))
                .body("errors[0].message", containsString("states 31230000 (precision 10000), but the row gives 15000000"))
                .body("errors[1].message", containsString("states a percentage, not a count"))
                .body("errors[2].message", containsString("'a record year' states no figure"))
                .body("errors[3].message", containsString("says over"));
        assertThat(Editing.count("/api/figures", p)).isZero();
    }
}
