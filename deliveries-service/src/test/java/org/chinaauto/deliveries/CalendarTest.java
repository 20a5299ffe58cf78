package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** deliveries-service's release calendar: each carmaker's deliveries, expected on the first days of the month after. */
@QuarkusTest
class CalendarTest {

    static JsonPath on(String vintage) {
        return given().queryParam("vintage", vintage).get("/api/calendar").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void novembersDeliveriesWereTheLastAndDecembersAreDueOnTheFirstDaysOfJanuary() {
        for (String carmaker : new String[] { "HIMA", "Leapmotor" }) {
            String e = "entries.find { it.publisher == '" + carmaker + "' && it.series == 'deliveries' }";
            JsonPath december = on("2025-12-31");
            assertThat(december.getString(e + ".last_period")).isEqualTo("2025-11");
            assertThat(december.getString(e + ".last_published")).isEqualTo("2025-12");
            assertThat(december.getString(e + ".next_period")).isEqualTo("2025-12");
            assertThat(december.getString(e + ".due_by")).isEqualTo("2026-01-02");
            assertThat(december.getString(e + ".status")).isEqualTo("on_time");
            assertThat(on("2026-01-01").getString(e + ".status")).isEqualTo("due");
            JsonPath late = on("2026-01-05");
            assertThat(late.getString(e + ".status")).isEqualTo("late");
            assertThat(late.getInt(e + ".days_late")).isEqualTo(3);
            assertThat(late.getInt(e + ".grace_days")).isEqualTo(2);
            // before the November deliveries were published (December 2025), nothing of theirs was stored
            assertThat(on("2025-11-30").getString(e + ".status")).isEqualTo("no_figures");
        }
    }
}
