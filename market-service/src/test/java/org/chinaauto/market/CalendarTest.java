package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The release calendar: each publisher's schedule as data (loaded, revised, refused like figures), the last month
 * published and the next one expected, on time, due or late as the calendar stood on a vintage or against the clock,
 * and the publication delay gauges.
 */
@QuarkusTest
class CalendarTest {

    static final String SCHEDULES = "/api/calendar/schedules";
    static final String HEADER = "publisher,series,frequency,window_from_day,due_day,grace_days,basis,notes\n";
    static final String FIGURES = "measure,segment,period,publisher,value,published\n";

    @Inject
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.release();
    }

    static ValidatableResponse loadSchedules(String csv) {
        return Editing.post(SCHEDULES, "text/csv", csv);
    }

    static JsonPath calendar(String vintage) {
        var request = given();
        if (vintage != null) {
            request.queryParam("vintage", vintage);
        }
        return request.get("/api/calendar").then().statusCode(200).extract().jsonPath();
    }

    static String entry(String publisher, String series) {
        return "entries.find { it.publisher == '" + publisher + "' && it.series == '" + series + "' }";
    }

    @Test
    void theDefaultScheduleStatesItsBasisAndCaamsNextMonthIsOnTimeDueThenLate() {
        given().get(SCHEDULES).then().statusCode(200)
                .body("publisher", hasItems("CAAM", "CAAM", "CPCA")).body("series", hasItems("production", "sales"))
                .body("find { it.publisher == 'CAAM' && it.series == 'sales' }.basis",
                        containsString("not a date any report of the default dataset states"));

        // Jan-Nov 2025, published in December 2025: December is expected from 10 to 14 January 2026
        String caam = entry("CAAM", "sales");
        JsonPath december = calendar("2025-12-31");
        assertThat(december.getString("today")).isEqualTo("2025-12-31");
        assertThat(december.getString(caam + ".last_period")).isEqualTo("2025-11");
        assertThat(december.getString(caam + ".last_published")).isEqualTo("2025-12");
        assertThat(december.getString(caam + ".last_published_on")).isEqualTo("2025-12-31");
        assertThat(december.getString(caam + ".next_period")).isEqualTo("2025-12");
        assertThat(december.getString(caam + ".expected_from")).isEqualTo("2026-01-10");
        assertThat(december.getString(caam + ".due_by")).isEqualTo("2026-01-14");
        assertThat(december.getString(caam + ".status")).isEqualTo("on_time");
        assertThat(december.getInt(caam + ".days_late")).isZero();
        assertThat(december.getInt(caam + ".grace_days")).isEqualTo(3);
        assertThat(december.getString(entry("CAAM", "production") + ".status")).isEqualTo("on_time");

        assertThat(calendar("2026-01-12").getString(caam + ".status")).isEqualTo("due");
        assertThat(calendar("2026-01-14").getString(caam + ".status")).isEqualTo("due");
        JsonPath late = calendar("2026-01-20");
        assertThat(late.getString(caam + ".status")).isEqualTo("late");
        assertThat(late.getInt(caam + ".days_late")).isEqualTo(6);

        // as it stood on 1 November 2025: Jan-Aug (published in October) was the last, September overdue
        JsonPath november = calendar("2025-11-01");
        assertThat(november.getString(caam + ".last_period")).isEqualTo("2025-08");
        assertThat(november.getString(caam + ".next_period")).isEqualTo("2025-09");
        assertThat(november.getString(caam + ".due_by")).isEqualTo("2025-10-14");
        assertThat(november.getInt(caam + ".days_late")).isEqualTo(18);

        // the default dataset holds no CPCA figure: nothing can be expected of it yet
        String cpca = entry("CPCA", "sales");
        assertThat(december.getString(cpca + ".status")).isEqualTo("no_figures");
        assertThat(december.getString(cpca + ".last_period")).isNull();
        assertThat(december.getString(cpca + ".due_by")).isNull();
    }

    @Test
    void aRevisedScheduleSupersedesTheOldOneAndMovesTheDueDay() {
        String p = "SYNCAL-REVISED";
        loadSchedules(HEADER + p + ",sales,monthly,5,9,1,SYN basis,\n").statusCode(200).body("inserted", equalTo(1));
        loadSchedules(HEADER + p + ",sales,monthly,5,9,1,SYN basis,\n").statusCode(200).body("unchanged", equalTo(1));
        MarketTestSupport.loadCsv(FIGURES + "sales,all,2091-03," + p + ",100,2091-04-06\n").statusCode(200);

        String e = entry(p, "sales");
        JsonPath before = calendar("2091-05-08");
        assertThat(before.getString(e + ".last_period")).isEqualTo("2091-03");
        assertThat(before.getString(e + ".last_published")).isEqualTo("2091-04-06");
        assertThat(before.getString(e + ".next_period")).isEqualTo("2091-04");
        assertThat(before.getString(e + ".due_by")).isEqualTo("2091-05-09");
        assertThat(before.getString(e + ".status")).isEqualTo("due");

        // the publisher is expected earlier now: the same day is a day late
        loadSchedules(HEADER + p + ",sales,monthly,3,7,2,SYN basis revised,SYN note\n").statusCode(200)
                .body("revised", equalTo(1)).body("inserted", equalTo(0));
        JsonPath after = calendar("2091-05-08");
        assertThat(after.getString(e + ".due_by")).isEqualTo("2091-05-07");
        assertThat(after.getString(e + ".status")).isEqualTo("late");
        assertThat(after.getInt(e + ".days_late")).isEqualTo(1);
        assertThat(after.getInt(e + ".grace_days")).isEqualTo(2);
        assertThat(after.getString(e + ".basis")).isEqualTo("SYN basis revised");
        assertThat(calendar("2091-05-02").getString(e + ".status")).isEqualTo("on_time");

        // a year to date ending with a month is that month's release; a quarter is not
        MarketTestSupport.loadCsv(FIGURES + "sales,all,2091-01/2091-04," + p + ",400,2091-05-06\n"
                + "sales,all,2091-Q2," + p + ",300,2091-07-06\n").statusCode(200);
        JsonPath ytd = calendar("2091-07-31");
        assertThat(ytd.getString(e + ".last_period")).isEqualTo("2091-04");
        assertThat(ytd.getString(e + ".last_published")).isEqualTo("2091-05-06");
        assertThat(ytd.getInt(e + ".days_late")).isEqualTo(54);

        // the download loads back unchanged, JSON as CSV
        String csv = given().accept("text/csv").get(SCHEDULES).then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).contains(HEADER.strip());
        assertThat(csv).contains(p + ",sales,monthly,3,7,2,SYN basis revised,SYN note");
        loadSchedules(csv).statusCode(200).body("inserted", equalTo(0)).body("revised", equalTo(0));
        String json = given().accept("application/json").get(SCHEDULES).then().statusCode(200).extract().asString();
        Editing.post(SCHEDULES, "application/json", json).statusCode(200).body("inserted", equalTo(0))
                .body("revised", equalTo(0));
    }

    @Test
    void aBadScheduleIsAProblemNamingEveryLineAndNothingIsWritten() {
        String before = given().accept("text/csv").get(SCHEDULES).then().statusCode(200).extract().asString();
        loadSchedules(HEADER + "SYNCAL-BAD,sales,monthly,5,9,1,SYN basis,\n"
                + "SYNCAL-BAD,exports,monthly,5,9,1,SYN basis,\n"
                + "SYNCAL-BAD,production,monthly,12,9,1,SYN basis,\n"
                + "SYNCAL-BAD2,production,weekly,0,32,-1,,\n"
                + "SYNCAL-BAD,sales,monthly,6,9,1,SYN basis,\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.line == 3 }.field", equalTo("series"))
                .body("errors.find { it.line == 3 }.message", containsString("production, sales"))
                .body("errors.find { it.line == 4 }.field", equalTo("window_from_day"))
                .body("errors.findAll { it.line == 5 }.field", hasItems("frequency", "window_from_day", "due_day",
                        "grace_days", "basis"))
                .body("errors.find { it.line == 6 }.field", equalTo("series"));
        Editing.post(SCHEDULES, "application/json", "[{\"publisher\": \"SYNCAL-BAD\", \"series\": \"sales\", "
                + "\"window_from_day\": 1, \"due_day\": 2, \"basis\": \"SYN\", \"colour\": \"red\"}]")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        given().contentType("text/csv").body(HEADER + "SYNCAL-BAD,sales,monthly,5,9,1,SYN basis,\n").post(SCHEDULES)
                .then().statusCode(401);
        given().auth().oauth2(Editing.reader()).contentType("text/csv")
                .body(HEADER + "SYNCAL-BAD,sales,monthly,5,9,1,SYN basis,\n").post(SCHEDULES).then().statusCode(403);
        assertThat(given().accept("text/csv").get(SCHEDULES).then().statusCode(200).extract().asString())
                .isEqualTo(before);
        given().queryParam("vintage", "soon").get("/api/calendar").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("vintage"));
    }

    @Test
    void theGaugesSayHowLateEachScheduledSeriesIsAgainstTheClock() throws InterruptedException {
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        loadSchedules(HEADER + "SYNCAL-LATE,production,monthly,10,14,4,SYN basis,\n"
                + "SYNCAL-ONTIME,production,monthly,10,14,3,SYN basis,\n").statusCode(200);
        MarketTestSupport.loadCsv(FIGURES + "production,all,2020-01,SYNCAL-LATE,100,2020-02-12\n"
                + "production,all," + thisMonth.minusMonths(1) + ",SYNCAL-ONTIME,100,\n").statusCode(200);

        // January 2020 was the last: February 2020 was due on 14 March 2020
        long late = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2020, 3, 14),
                LocalDate.now(ZoneId.of("Asia/Shanghai")));
        JsonPath today = calendar(null);
        assertThat(today.getString("vintage")).isNull();
        assertThat(today.getString(entry("SYNCAL-LATE", "production") + ".status")).isEqualTo("late");
        assertThat(today.getLong(entry("SYNCAL-LATE", "production") + ".days_late")).isEqualTo(late);
        assertThat(today.getString(entry("SYNCAL-ONTIME", "production") + ".status")).isEqualTo("on_time");
        assertThat(today.getString(entry("SYNCAL-ONTIME", "production") + ".last_published")).isNull();

        String delay = "suite_publication_delay_days{publisher=\"SYNCAL-LATE\",series=\"production\"}";
        String metrics = "";
        // the gauges are worked out every 5 s: one tick may fall between the schedules' load and the figures', and show
        // the late series at 0 (no figure stored yet) until the next
        for (int attempt = 0; attempt < 50 && !(metrics.contains(delay) && gauge(metrics, delay) == late); attempt++) {
            Thread.sleep(200);
            metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(gauge(metrics, delay)).isEqualTo(late);
        assertThat(gauge(metrics, "suite_publication_grace_days{publisher=\"SYNCAL-LATE\",series=\"production\"}"))
                .isEqualTo(4);
        assertThat(gauge(metrics, "suite_publication_delay_days{publisher=\"SYNCAL-ONTIME\",series=\"production\"}"))
                .isZero();
        assertThat(gauge(metrics, "suite_publication_delay_days{publisher=\"CPCA\",series=\"sales\"}")).isZero();
    }

    @Test
    void theCalendarIsAnsweredAgainWithTheSameTagUntilTheDataChanges() {
        String tag = given().get("/api/calendar").then().statusCode(200).extract().header("ETag");
        assertThat(tag).startsWith("W/");
        given().header("If-None-Match", tag).get("/api/calendar").then().statusCode(304);
        given().get("/api/calendar?vintage=2025-12-31").then().statusCode(200).body("vintage", equalTo("2025-12-31"))
                .body("as_of", nullValue());
    }

    @Test
    void againstAFixedClockTheAnswerAndTheGaugeChangeWithTheDayNotOnlyWithTheData() throws InterruptedException {
        String caam = entry("CAAM", "sales");
        // noon in Beijing on 12 January 2026: CAAM's December is due (10 to 14 January)
        clock.fix(java.time.Instant.parse("2026-01-12T04:00:00Z"));
        var due = given().get("/api/calendar").then().statusCode(200).extract();
        assertThat(due.jsonPath().getString("today")).isEqualTo("2026-01-12");
        assertThat(due.jsonPath().getString(caam + ".status")).isEqualTo("due");
        given().header("If-None-Match", due.header("ETag")).get("/api/calendar").then().statusCode(304);

        // eight days later, with no change of the data: another answer, six days late
        clock.fix(java.time.Instant.parse("2026-01-20T04:00:00Z"));
        JsonPath late = given().header("If-None-Match", due.header("ETag")).get("/api/calendar").then().statusCode(200)
                .extract().jsonPath();
        assertThat(late.getString("today")).isEqualTo("2026-01-20");
        assertThat(late.getString(caam + ".status")).isEqualTo("late");
        assertThat(late.getInt(caam + ".days_late")).isEqualTo(6);
        String delay = "suite_publication_delay_days{publisher=\"CAAM\",series=\"sales\"}";
        long gauge = -1;
        for (int attempt = 0; attempt < 50 && gauge != 6; attempt++) {
            Thread.sleep(200);
            gauge = gauge(given().get("/q/metrics").then().statusCode(200).extract().asString(), delay);
        }
        assertThat(gauge).isEqualTo(6);
        // a minute before midnight in Beijing is still the 20th
        clock.fix(java.time.Instant.parse("2026-01-20T15:59:00Z"));
        assertThat(calendar(null).getString("today")).isEqualTo("2026-01-20");
        clock.fix(java.time.Instant.parse("2026-01-20T16:00:00Z"));
        assertThat(calendar(null).getInt(caam + ".days_late")).isEqualTo(7);
    }

    /** The value of one series in a Prometheus scrape, as a whole number. */
    static long gauge(String metrics, String series) {
        Matcher m = Pattern.compile(Pattern.quote(series) + " ([0-9.E]+)").matcher(metrics);
        assertThat(m.find()).as(series + " in\n" + metrics.lines().filter(l -> l.startsWith("suite_publication"))
                .toList()).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
