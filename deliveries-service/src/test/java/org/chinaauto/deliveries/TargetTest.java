package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.TARGET_HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadTargets;
import static org.chinaauto.deliveries.DeliveriesTestSupport.post;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Annual targets on synthetic brands: values and ranges, revisions, progress, coverage and validation. */
@QuarkusTest
class TargetTest {

    static final String P = "synthetic-targets";

    @Test
    void progressIsComputedAgainstBothEndsOfTheLatestRange() {
        brands("synthetic-brand-301");
        loadTargets(TARGET_HEADER
                + "synthetic-brand-301,2092,1,2092-01,100,,," + P + ",,first target,\n"
                + "synthetic-brand-301,2092,2,2092-06-15,,120,150," + P + ",,raised to a range,\n").statusCode(200)
                .body("received", equalTo(2));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int month = 1; month <= 6; month++) {
            csv.append("synthetic-brand-301,2092-0").append(month).append(',').append(P).append(",20,,,,,,\n");
        }
        loadCsv(csv.toString()).statusCode(200);
        given().queryParam("year", 2092).get("/api/brands/synthetic-brand-301/targets").then().statusCode(200)
                .body("revisions.revision", contains(1, 2))
                .body("revisions.announced", contains("2092-01", "2092-06-15"))
                .body("revisions.value", contains(100, null))
                .body("revisions.low", contains(100, 120))
                .body("revisions.high", contains(100, 150))
                .body("current.revision", equalTo(2))
                .body("current.value", nullValue())
                .body("current.low", equalTo(120))
                .body("current.high", equalTo(150))
                .body("delivered_to_date", estimate(120, 120, 120))
                .body("delivered_at_least", nullValue())
                .body("through", equalTo("2092-06"))
                .body("months_known", hasSize(6))
                .body("months_missing", hasSize(0))
                .body("complete", equalTo(true))
                // 120 of 120 to 150: 80% to 100% of the target
                .body("progress_pct", estimate(90, 80, 100))
                // 0 to 30 still needed over six months: 0 to 5 a month
                .body("monthly_rate_needed.low", equalTo(0))
                .body("monthly_rate_needed.high", equalTo(5))
                .body("reached_low_in", equalTo("2092-06"))
                .body("reached_high_in", nullValue())
                .body("stated_notes", hasSize(0));
    }

    @Test
    void aCorrectedRevisionKeepsTheOldVersionForAsOf() {
        brands("synthetic-brand-303");
        String row = TARGET_HEADER + "synthetic-brand-303,2092,1,,,100,%d,,,,\n";
        loadTargets(row.formatted(150)).statusCode(200).body("inserted", equalTo(1));
        loadTargets(row.formatted(150)).statusCode(200).body("unchanged", equalTo(1));
        String before = java.time.Instant.now().toString();
        loadTargets(row.formatted(160)).statusCode(200).body("revised", equalTo(1));
        given().get("/api/brands/synthetic-brand-303/targets").then().statusCode(200)
                .body("year", equalTo(2092)).body("current.high", equalTo(160)).body("revisions", hasSize(1));
        given().queryParam("asOf", before).get("/api/brands/synthetic-brand-303/targets").then()
                .body("current.high", equalTo(150));
        given().queryParam("asOf", "2000-01-01").get("/api/brands/synthetic-brand-303/targets").then().statusCode(404);
    }

    @Test
    void aRevisionTakesEffectAtItsOwnPublicationDate() {
        brands("synthetic-brand-305");
        String header = "brand,year,revision,value,published,attribution,attribution_note\n";
        loadTargets(header + "synthetic-brand-305,2092,1,100,2092-02,inferred,a synthetic reason\n"
                + "synthetic-brand-305,2092,2,120,2092-05-10,,\n").statusCode(200).body("inserted", equalTo(2));
        given().queryParam("vintage", "2092-01-31").get("/api/brands/synthetic-brand-305/targets").then().statusCode(404);
        given().queryParam("vintage", "2092-05-09").get("/api/brands/synthetic-brand-305/targets").then()
                .statusCode(200)
                .body("vintage", equalTo("2092-05-09"))
                .body("revisions.revision", contains(1))
                .body("revisions[0].published_on", equalTo("2092-02-29"))
                .body("revisions[0].attribution", equalTo("inferred"))
                .body("revisions[0].attribution_note", equalTo("a synthetic reason"))
                .body("current.value", equalTo(100));
        given().queryParam("vintage", "2092-05-10").get("/api/brands/synthetic-brand-305/targets").then()
                .body("revisions.revision", contains(1, 2))
                .body("revisions[1].attribution", equalTo("named"))
                .body("current.value", equalTo(120));
        loadTargets(header + "synthetic-brand-305,2092,3,130,2092-06,inferred,\n").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].line", equalTo(2))
                .body("errors[0].field", equalTo("attribution_note"));
    }

    @Test
    void missingMonthsAreNeverCountedAsZero() {
        brands("synthetic-brand-302");
        loadTargets(TARGET_HEADER + "synthetic-brand-302,2092,1,,100,,,,reached early,,\n").statusCode(200);
        loadCsv(HEADER + "synthetic-brand-302,2092-01," + P + ",30,,,,,,\nsynthetic-brand-302,2092-03," + P
                + ",30,,,,,,\n").statusCode(200);
        given().queryParam("year", "2092").get("/api/brands/synthetic-brand-302/targets").then().statusCode(200)
                .body("current.low", equalTo(100)).body("current.high", equalTo(100))
                .body("delivered_to_date", nullValue())
                .body("delivered_at_least", equalTo(60))
                .body("months_known", contains("2092-01", "2092-03"))
                .body("months_missing", contains("2092-02"))
                .body("complete", equalTo(false))
                // "at least 60 of 100": no percentage and no rate from a sum with a missing month
                .body("progress_pct", nullValue())
                .body("monthly_rate_needed", nullValue())
                .body("reached_low_in", nullValue())
                .body("stated_notes", contains("Revision 1 (100): reached early"));
    }

    @Test
    void badTargetsAreRejectedAsAWhole() {
        brands("synthetic-brand-304");
        loadTargets(TARGET_HEADER
                + "synthetic-brand-304,2092,1,,100,90,120,,,,\n"      // line 2: value and range
                + "synthetic-brand-304,2092,2,,,150,120,,,,\n"        // line 3: low above high
                + "synthetic-brand-unknown,2092,1,,100,,,,,,\n"       // line 4: unknown brand
                + "hima,2092,1,,100,,,,,,\n"                          // line 5: a group
                + "synthetic-brand-304,92,0,2092-13,,,,,,,\n"         // line 6: year, revision, announced, no value
                + "synthetic-brand-304,2092,2,,100,,,,,,\n")          // line 7: duplicate of line 3
                .statusCode(400).contentType("application/problem+json")
                .body("errors.findAll { it.line == 2 }.field", hasItem("value"))
                .body("errors.findAll { it.line == 3 }.field", hasItem("high"))
                .body("errors.findAll { it.line == 4 }.field", hasItem("brand"))
                .body("errors.findAll { it.line == 5 }.field", hasItem("brand"))
                .body("errors.findAll { it.line == 6 }.field", hasItems("year", "revision", "announced", "low"))
                .body("errors.findAll { it.line == 7 }.field", hasItem("revision"));
        given().get("/api/brands/synthetic-brand-304/targets").then().statusCode(404);
        post("/api/targets", "application/json",
                "[{\"brand\":\"synthetic-brand-304\",\"year\":2093,\"revision\":1,\"low\":10,\"high\":20}]")
                .statusCode(200).body("inserted", equalTo(1));
        given().queryParam("year", "twenty").get("/api/brands/synthetic-brand-304/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        List<Integer> lows = given().get("/api/brands/synthetic-brand-304/targets").then().statusCode(200)
                .extract().path("revisions.low");
        org.assertj.core.api.Assertions.assertThat(lows).containsExactly(10);
    }

    @Test
    void targetsLoadThroughTheStreamedPipeline() {
        brands("syn-target-001", "syn-target-002");
        String header = "brand,year,revision,value,low,high,published\n";
        String csv = header
                + "syn-target-001,2101,1,1000,,,2101-02\n"
                + "SYN-TARGET-001,2101,2,,1100,1300,2101-06-15\n"
                + "syn-target-002,2101,1,2_000,,,\n";
        loadTargets(csv).statusCode(200).body("received", equalTo(3)).body("inserted", equalTo(3));
        loadTargets(csv).statusCode(200).body("inserted", equalTo(0)).body("unchanged", equalTo(3));
        // the same revisions as JSON, one with a corrected range
        post("/api/targets", "application/json", "{\"targets\": [{\"brand\":\"syn-target-001\",\"year\":2101,"
                + "\"revision\":2,\"low\":1100,\"high\":1400,\"published\":\"2101-06-15\"},"
                + "{\"brand\":\"syn-target-002\",\"year\":2101,\"revision\":1,\"value\":2000}]}").statusCode(200)
                .body("received", equalTo(2)).body("revised", equalTo(1)).body("unchanged", equalTo(1));
        given().queryParam("year", 2101).get("/api/brands/syn-target-001/targets").then().statusCode(200)
                .body("revisions.revision", contains(1, 2))
                .body("revisions.published_on", contains("2101-02-28", "2101-06-15"))
                .body("current.low", equalTo(1100)).body("current.high", equalTo(1400));
        given().queryParam("year", 2101).get("/api/brands/syn-target-002/targets").then()
                .body("current.value", equalTo(2000));

        loadTargets(header
                + "syn-target-001,2101,3,1500,,,\n"     // line 2
                + "syn-target-001,1850,0,1.5,,,\n"      // line 3: year, revision, value
                + "syn-target-001,2101,3,1600,,,\n")    // line 4: the revision of line 2
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("errors.findAll { it.line == 3 }.message", hasItems("must be a year between 1900 and 2200, got 1850",
                        "must be 1 for the first published target, 2 for its first revision, ..., got 0",
                        "must be a whole number of vehicles, got 1.5"))
                .body("errors.find { it.line == 4 }.field", equalTo("revision"))
                .body("errors.find { it.line == 4 }.message",
                        equalTo("the same revision (brand, year, revision) already appears at line 2"));
        given().queryParam("year", 2101).get("/api/brands/syn-target-001/targets").then()
                .body("revisions.revision", contains(1, 2));
    }
}
