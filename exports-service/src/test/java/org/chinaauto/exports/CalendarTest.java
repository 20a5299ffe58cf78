package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** exports-service's release calendar: CAAM's and the customs administration's exports, and their schedules. */
@QuarkusTest
class CalendarTest {

    static final String GACC = "entries.find { it.publisher == 'GACC' && it.series == 'exports' }";
    static final String CAAM = "entries.find { it.publisher == 'CAAM' && it.series == 'exports' }";

    @Test
    void customsExportsOf2024WereTheLastAndJanuary2025WasLateInApril() {
        // 2024 (January to December), published on 2025-04-16: January 2025 was due by 20 February 2025
        JsonPath april = given().queryParam("vintage", "2025-04-16").get("/api/calendar").then().statusCode(200)
                .extract().jsonPath();
        assertThat(april.getString(GACC + ".last_period")).isEqualTo("2024-12");
        assertThat(april.getString(GACC + ".last_published")).isEqualTo("2025-04-16");
        assertThat(april.getString(GACC + ".next_period")).isEqualTo("2025-01");
        assertThat(april.getString(GACC + ".expected_from")).isEqualTo("2025-02-07");
        assertThat(april.getString(GACC + ".due_by")).isEqualTo("2025-02-20");
        assertThat(april.getString(GACC + ".status")).isEqualTo("late");
        assertThat(april.getInt(GACC + ".days_late")).isEqualTo(55);
        // CAAM's 2024 exports come from a December 2025 report: not published yet on that day
        assertThat(april.getString(CAAM + ".last_period")).isEqualTo("2023-06");
        assertThat(april.getString(CAAM + ".status")).isEqualTo("late");
        // a destination listed without a figure is no release
        assertThat(given().queryParam("vintage", "2020-12-31").get("/api/calendar").then().statusCode(200).extract()
                .jsonPath().getString(GACC + ".status")).isEqualTo("no_figures");
    }

    @Test
    void aScheduleIsForASeriesTheServiceKeeps() {
        Editing.post("/api/calendar/schedules", "text/csv", "publisher,series,window_from_day,due_day,basis\n"
                + "SYNCAL-X,sales,1,2,SYN basis\n").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("series")).body("errors[0].message", containsString("exports"));
        Editing.post("/api/calendar/schedules", "text/csv", "publisher,series,window_from_day,due_day,basis\n"
                + "SYNCAL-X,exports,1,2,SYN basis\n").statusCode(200).body("inserted", equalTo(1));
        given().get("/api/calendar/schedules").then().statusCode(200)
                .body("find { it.publisher == 'SYNCAL-X' }.grace_days", equalTo(0))
                .body("find { it.publisher == 'SYNCAL-X' }.frequency", equalTo("monthly"))
                .body("find { it.publisher == 'GACC' }.basis", containsString("customs administration's usual practice"));
    }
}
