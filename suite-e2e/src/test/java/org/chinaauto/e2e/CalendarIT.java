package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * The release calendar of the running suite: a synthetic publisher's schedule and an old monthly figure loaded through
 * the gateway, and the publisher seen late, by its days late, in the gateway's calendar and in market-service's
 * publication delay gauge.
 */
class CalendarIT {

    static final String PUBLISHER = "SYN-CALENDAR";
    static final String ENTRY = "entries.find { it.publisher == '" + PUBLISHER + "' && it.series == 'sales' }";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static String gateway;

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
        gateway = suite.url("gateway");
    }

    @Test
    void aPublisherWhoseNextMonthIsOverdueIsLateInTheGatewaysCalendarAndItsGauge() throws Exception {
        String editor = suite.tokens().editor();
        given().auth().oauth2(editor).contentType("text/csv")
                .body("publisher,series,window_from_day,due_day,grace_days,basis\n"
                        + PUBLISHER + ",sales,10,14,2,Synthetic schedule of a synthetic publisher\n")
                .post(gateway + "/api/services/market/calendar/schedules").then().statusCode(200)
                .body("inserted", equalTo(1));
        // January 2020, published on 12 February 2020: February 2020 was due by 14 March 2020
        given().auth().oauth2(editor).contentType("text/csv")
                .body("measure,segment,period,publisher,value,published,source\n"
                        + "sales,all,2020-01," + PUBLISHER + ",1000,2020-02-12,Synthetic release\n")
                .post(gateway + "/api/services/market/figures").then().statusCode(200).body("inserted", equalTo(1));

        JsonPath calendar = given().get(gateway + "/api/calendar").then().statusCode(200).extract().jsonPath();
        assertThat(calendar.getBoolean("complete")).isTrue();
        long daysLate = ChronoUnit.DAYS.between(LocalDate.of(2020, 3, 14), LocalDate.parse(calendar.getString("today")));
        assertThat(calendar.getString(ENTRY + ".service")).isEqualTo("market");
        assertThat(calendar.getString(ENTRY + ".last_period")).isEqualTo("2020-01");
        assertThat(calendar.getString(ENTRY + ".last_published")).isEqualTo("2020-02-12");
        assertThat(calendar.getString(ENTRY + ".next_period")).isEqualTo("2020-02");
        assertThat(calendar.getString(ENTRY + ".due_by")).isEqualTo("2020-03-14");
        assertThat(calendar.getString(ENTRY + ".status")).isEqualTo("late");
        assertThat(calendar.getLong(ENTRY + ".days_late")).isEqualTo(daysLate).isPositive();
        // the default schedules of the other services are there too
        assertThat(calendar.getList("entries.findAll { it.service == 'deliveries' }.publisher"))
                .contains("HIMA", "Leapmotor");

        // as the calendar stood on 1 and on 20 March 2020
        JsonPath march = given().get(gateway + "/api/calendar?vintage=2020-03-01").then().statusCode(200).extract()
                .jsonPath();
        assertThat(march.getString(ENTRY + ".status")).isEqualTo("on_time");
        assertThat(given().get(gateway + "/api/calendar?vintage=2020-03-20").then().statusCode(200).extract()
                .jsonPath().getInt(ENTRY + ".days_late")).isEqualTo(6);

        // market-service's gauge, worked out by its own thread within seconds of the load
        String series = "suite_publication_delay_days{publisher=\"" + PUBLISHER + "\",series=\"sales\"}";
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        Double delay = null;
        while (delay == null && Instant.now().isBefore(until)) {
            delay = gauge(given().get(suite.url("market-service") + "/q/metrics").then().statusCode(200).extract()
                    .asString(), series);
            if (delay == null) {
                Thread.sleep(250);
            }
        }
        assertThat(delay).as(series).isNotNull().isEqualTo((double) daysLate).isGreaterThan(0);
        assertThat(gauge(given().get(suite.url("market-service") + "/q/metrics").then().extract().asString(),
                "suite_publication_grace_days{publisher=\"" + PUBLISHER + "\",series=\"sales\"}")).isEqualTo(2.0);
    }

    /** The value of one series in a Prometheus scrape, or null when it is not there. */
    private static Double gauge(String metrics, String series) {
        Matcher m = Pattern.compile(Pattern.quote(series) + " ([0-9.E+-]+)").matcher(metrics);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
