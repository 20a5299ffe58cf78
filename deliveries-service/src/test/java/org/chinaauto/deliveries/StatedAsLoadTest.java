package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Deliveries given only as their reports state them keep their words; words and a count that disagree are refused. */
@QuarkusTest
class StatedAsLoadTest {

    static final String HEADER = "subject,period,publisher,stated_as,deliveries\n";
    static final String P = "SYN-deliveries-stated-as";

    @Test
    void deliveriesGivenOnlyAsStatedAreReadFromTheirWords() {
        brands("syn-stated-one", "syn-stated-two");
        loadCsv(HEADER
                + "syn-stated-one,2032-11," + P + ",\"over 70,000\",\n"
                + "syn-stated-two,2032-11," + P + ",\"81,864\",\n"
                // stated to a tenth of a vehicle: a whole count, exact
                + "syn-stated-two,2032-10," + P + ",1.2345670 million,\n").statusCode(200).body("inserted", equalTo(3));
        String one = "items.find { it.subject == 'syn-stated-one' }";
        String two = "items.find { it.subject == 'syn-stated-two' && it.period == '2032-11' }";
        String october = "items.find { it.subject == 'syn-stated-two' && it.period == '2032-10' }";
        given().queryParam("publisher", P).get("/api/deliveries").then().statusCode(200)
                .body(one + ".deliveries", equalTo(70000)).body(one + ".qualifier", equalTo("over"))
                .body(one + ".low", equalTo(70000)).body(one + ".high", nullValue())
                .body(one + ".stated_as", equalTo("over 70,000"))
                .body(two + ".deliveries", equalTo(81864)).body(two + ".high", equalTo(81864))
                .body(october + ".deliveries", equalTo(1234567)).body(october + ".precision", nullValue())
                .body(october + ".high", equalTo(1234567));
        String csv = given().queryParam("publisher", P).queryParam("format", "csv").get("/api/deliveries").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",precision,stated_as,status,");
    }

    @Test
    void aCountContradictingItsWordsIsRefusedAndNothingIsWritten() {
        String p = P + "-disagreeing";
        brands("syn-stated-one");
        loadCsv(HEADER + "syn-stated-one,2032-11," + p + ",\"81,864\",81684\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("stated_as"))
                .body("errors[0].message", containsString("states 81864, but the row gives 81684"));
        assertThat(Editing.count("/api/deliveries", p)).isZero();
    }
}
