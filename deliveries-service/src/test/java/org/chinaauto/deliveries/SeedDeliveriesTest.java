package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.testing.Estimates.estimate;
import static org.chinaauto.testing.Estimates.percentage;
import static org.chinaauto.testing.SeedReports.R4;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.chinaauto.local.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The default dataset as an analyst checks it against its report (seed-facts.md D1-D5 and T1): every figure with
 * its value, bounds, publisher, attribution and publication date; HIMA and its three named members; the ranking,
 * the roll-up with its not-attributed remainder and Leapmotor's target.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedDeliveriesTest {

    /** One November 2025 figure of R4 through GET /api/deliveries: exact count, inferred publisher, December 2025. */
    private static io.restassured.response.ValidatableResponse assertNovemberFigure(String subject, String type,
            int deliveries, String publisher, boolean record) {
        return given().queryParam("subject", subject).queryParam("period", "2025-11").get("/api/deliveries").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo(subject))
                .body("items[0].subject_type", equalTo(type))
                .body("items[0].period", equalTo("2025-11"))
                .body("items[0].deliveries", equalTo(deliveries))
                .body("items[0].low", equalTo(deliveries))
                .body("items[0].high", equalTo(deliveries))
                .body("items[0].qualifier", nullValue())
                .body("items[0].publisher", equalTo(publisher))
                .body("items[0].attribution", equalTo("inferred"))
                .body("items[0].attribution_note", containsString("names no source"))
                .body("items[0].attribution_note", containsString("attributed to " + publisher))
                .body("items[0].published", equalTo("2025-12"))
                .body("items[0].published_on", equalTo("2025-12-31"))
                .body("items[0].source", equalTo(R4))
                .body("items[0].record", equalTo(record));
    }

    @Test
    void d1HimaDelivered81864InNovemberANewMonthlyHigh() {
        assertNovemberFigure("hima", "group", 81864, "HIMA", true)
                .body("items[0].stated_yoy_pct", nullValue())
                .body("items[0].notes", containsString("new historical high"));
    }

    @Test
    void d2AitoDelivered18827With127Point93PercentStatedGrowthAndTheM7Note() {
        assertNovemberFigure("aito", "brand", 18827, "HIMA", false)
                .body("items[0].stated_yoy_pct", equalTo(127.93f))
                .body("items[0].notes", containsString("AITO M7 made up over 81%"));
    }

    @Test
    void d3LuxeedAndD4StelatoDeliveredTheirNamedCounts() {
        assertNovemberFigure("luxeed", "brand", 11761, "HIMA", false).body("items[0].stated_yoy_pct", nullValue());
        assertNovemberFigure("stelato", "brand", 6708, "HIMA", false).body("items[0].stated_yoy_pct", nullValue());
    }

    @Test
    void d5LeapmotorDelivered70327ARecordMonthUp75Percent() {
        assertNovemberFigure("leapmotor", "brand", 70327, "Leapmotor", true)
                .body("items[0].stated_yoy_pct", equalTo(75))
                .body("items[0].notes", containsString("record"));
        given().queryParam("subject", "hima").queryParam("period", "2025-11").queryParam("publisher", "HIMA")
                .get("/api/deliveries/history").then().statusCode(200)
                .body("deliveries", contains(81864)).body("[0].subject_type", equalTo("group"));
    }

    @Test
    void theDatasetHoldsExactlyTheFiveReportedFigures() {
        given().queryParam("vintage", "2025-12-31").queryParam("size", 1000).get("/api/deliveries").then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.subject", containsInAnyOrder("hima", "aito", "luxeed", "stelato", "leapmotor"))
                .body("vintage", equalTo("2025-12-31"))
                .body("as_of", nullValue());
    }

    @Test
    void brandsAreTheFourTheReportNamesWithTheirCarmakers() {
        given().queryParam("size", 1000).get("/api/brands").then().statusCode(200).body("has_more", equalTo(false))
                .body("items.findAll { it.carmaker != 'synthetic-carmaker' }.slug",
                        containsInAnyOrder("aito", "luxeed", "stelato", "leapmotor"))
                .body("items.slug", not(hasItem("maextro")))
                .body("items.find { it.slug == 'aito' }.name", equalTo("AITO"))
                .body("items.find { it.slug == 'aito' }.carmaker", equalTo("Seres"))
                .body("items.find { it.slug == 'luxeed' }.carmaker", equalTo("Chery"))
                .body("items.find { it.slug == 'stelato' }.carmaker", equalTo("BAIC"))
                .body("items.find { it.slug == 'leapmotor' }.memberships", hasSize(0));
        // paged in slug order
        given().queryParam("size", 1).get("/api/brands").then().statusCode(200).body("items.slug", contains("aito"))
                .body("has_more", equalTo(true));
        given().get("/api/brands/aito").then().statusCode(200)
                .body("memberships", hasSize(1))
                .body("memberships[0].group", equalTo("hima"))
                .body("memberships[0].from", nullValue())
                .body("memberships[0].to", nullValue());
        given().get("/api/brands/maextro").then().statusCode(404);
        given().get("/api/brands/no-such-brand").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-brand"));
    }

    @Test
    void himaIsLedByHuaweiWithExactlyTheThreeNamedMembers() {
        given().get("/api/groups").then().statusCode(200).body("items.slug", hasItem("hima"));
        given().get("/api/groups/hima").then().statusCode(200)
                .body("name", equalTo("Harmony Intelligent Mobility Alliance"))
                .body("leader", equalTo("Huawei"))
                .body("members", hasSize(3))
                .body("members.brand", containsInAnyOrder("aito", "luxeed", "stelato"))
                .body("notes", not(containsString("Maextro")))
                .body("notes", not(containsString("SAIC")));
        given().get("/api/groups/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void brandRankingForNovember2025WithSharesOnBounds() {
        given().queryParam("period", "2025-11").queryParam("level", "brand").get("/api/rankings").then().statusCode(200)
                .body("period", equalTo("2025-11"))
                .body("level", equalTo("brand"))
                .body("total", estimate(107623, 107623, 107623))
                .body("complete", equalTo(true))
                .body("entries.slug", contains("leapmotor", "aito", "luxeed", "stelato"))
                .body("entries.rank", contains(1, 2, 3, 4))
                .body("entries.name", contains("Leapmotor", "AITO", "Luxeed", "Stelato"))
                .body("entries.deliveries", contains(70327, 18827, 11761, 6708))
                .body("entries.low", contains(70327, 18827, 11761, 6708))
                .body("entries.high", contains(70327, 18827, 11761, 6708))
                .body("entries.share_pct.value", contains(65.35f, 17.49f, 10.93f, 6.23f))
                .body("entries.share_pct.low", contains(65.35f, 17.49f, 10.93f, 6.23f))
                .body("entries.publisher", contains("Leapmotor", "HIMA", "HIMA", "HIMA"))
                .body("entries.attribution", contains("inferred", "inferred", "inferred", "inferred"))
                .body("entries.published", contains("2025-12", "2025-12", "2025-12", "2025-12"))
                .body("entries.published_on", contains("2025-12-31", "2025-12-31", "2025-12-31", "2025-12-31"))
                .body("has_more", equalTo(false));
        // a page of the ranking keeps the ranks and shares of the whole ranking
        given().queryParam("period", "2025-11").queryParam("size", 2).queryParam("page", 1).get("/api/rankings").then()
                .statusCode(200).body("entries.slug", contains("luxeed", "stelato")).body("entries.rank", contains(3, 4))
                .body("entries.share_pct.value", contains(10.93f, 6.23f)).body("total.value", equalTo(107623))
                .body("page", equalTo(1)).body("has_more", equalTo(false));
        given().queryParam("period", "2025-11").queryParam("size", 2).get("/api/rankings").then()
                .body("entries.slug", contains("leapmotor", "aito")).body("has_more", equalTo(true));
        given().queryParam("period", "2025-11").queryParam("level", "group").get("/api/rankings").then().statusCode(200)
                .body("entries.slug", contains("hima"))
                .body("entries[0].deliveries", equalTo(81864))
                .body("entries[0].share_pct.value", equalTo(100));
    }

    @Test
    void aSpanRankingWithMissingMonthsHasNoTotalAndNoShares() {
        given().queryParam("period", "2025-10/2025-11").get("/api/rankings").then().statusCode(200)
                .body("period", equalTo("2025-10/2025-11"))
                .body("complete", equalTo(false))
                .body("total", nullValue())
                .body("entries[0].slug", equalTo("leapmotor"))
                .body("entries[0].deliveries", equalTo(70327))
                .body("entries[0].complete", equalTo(false))
                .body("entries[0].share_pct", nullValue())
                .body("entries[0].months_missing", contains("2025-10"));
    }

    @Test
    void himaRollupShowsTheNotAttributedRemainder() {
        given().queryParam("period", "2025-11").get("/api/groups/hima/rollup").then().statusCode(200)
                .body("group", equalTo("hima"))
                .body("publisher", equalTo("HIMA"))
                .body("attribution", equalTo("inferred"))
                .body("published", equalTo("2025-12"))
                .body("source", equalTo(R4))
                .body("reported_total", estimate(81864, 81864, 81864))
                .body("attributed", estimate(37296, 37296, 37296))
                .body("not_attributed", estimate(44568, 44568, 44568))
                .body("not_attributed_pct", estimate(54.44f, 54.44f, 54.44f))
                .body("inconsistent", equalTo(false))
                .body("members", hasSize(3))
                .body("members.brand", contains("aito", "luxeed", "stelato"))
                .body("members.deliveries", contains(18827, 11761, 6708))
                .body("members.low", contains(18827, 11761, 6708))
                .body("members.share_of_reported_pct.value", contains(23, 14.37f, 8.19f))
                .body("members.attribution", contains("inferred", "inferred", "inferred"))
                .body("members_without_figures", hasSize(0));
        given().queryParam("period", "2025-11").get("/api/rollups").then().statusCode(200)
                .body("find { it.group == 'hima' }.not_attributed.value", equalTo(44568));
        given().queryParam("period", "2025-10").get("/api/groups/hima/rollup").then().statusCode(200)
                .body("reported_total", nullValue()).body("not_attributed", nullValue())
                .body("attributed.value", equalTo(0))
                .body("members", hasSize(0)).body("members_without_figures.brand",
                        containsInAnyOrder("aito", "luxeed", "stelato"));
    }

    @Test
    void t1LeapmotorHasOneTargetRevisionReachedAsStatedWithoutAPercentageFromMissingMonths() {
        given().queryParam("year", "2025").get("/api/brands/leapmotor/targets").then().statusCode(200)
                .body("brand", equalTo("leapmotor"))
                .body("year", equalTo(2025))
                .body("revisions", hasSize(1))
                .body("revisions[0].revision", equalTo(1))
                .body("revisions[0]", estimate(500000, 500000, 500000))
                .body("revisions[0].announced", nullValue())
                .body("revisions[0].publisher", equalTo("Leapmotor"))
                .body("revisions[0].attribution", equalTo("inferred"))
                .body("revisions[0].attribution_note", containsString("attributed to Leapmotor"))
                .body("revisions[0].published", equalTo("2025-12"))
                .body("revisions[0].published_on", equalTo("2025-12-31"))
                .body("revisions[0].source", equalTo(R4))
                .body("revisions[0].stated_progress", equalTo("achieved ahead of schedule"))
                .body("revisions[0].notes", containsString("\"revised\""))
                .body("current.revision", equalTo(1))
                .body("current", estimate(500000, 500000, 500000))
                // only November is known: at least 70,327 of the target, no percentage and no rate from ten missing months
                .body("delivered_to_date", nullValue())
                .body("delivered_at_least", equalTo(70327))
                .body("through", equalTo("2025-11"))
                .body("months_known", contains("2025-11"))
                .body("months_missing", hasSize(10))
                .body("months_missing[0]", equalTo("2025-01"))
                .body("complete", equalTo(false))
                .body("progress_pct", nullValue())
                .body("monthly_rate_needed", nullValue())
                .body("reached_low_in", nullValue())
                .body("stated_notes", contains("Revision 1 (500,000): achieved ahead of schedule"));
        given().get("/api/brands/aito/targets").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aitoHistoryShowsTheStatedGrowthWithoutAComputedOneAndNoAllTimeHigh() {
        given().queryParam("from", "2025-10").queryParam("to", "2025-11").get("/api/brands/aito/history").then()
                .statusCode(200)
                .body("brand", equalTo("aito"))
                .body("points.period", contains("2025-10", "2025-11"))
                .body("points[0].deliveries", nullValue())
                .body("points[1].deliveries", equalTo(18827))
                .body("points[1].low", equalTo(18827))
                .body("points[1].high", equalTo(18827))
                .body("points[1].attribution", equalTo("inferred"))
                .body("points[1].published_on", equalTo("2025-12-31"))
                .body("points[1].yoy.reported", percentage(127.93f, 127.925f, 127.935f))
                .body("points[1].yoy.computed", nullValue())
                .body("points[1].yoy.flagged", nullValue())
                .body("points[1].mom", nullValue())
                // no earlier month is known: not an all-time high of anything
                .body("points[1].all_time_high", nullValue())
                .body("points[1].stated_record", equalTo(false))
                .body("points[1].notes", containsString("M7"));
        given().get("/api/brands/leapmotor/history").then().statusCode(200)
                .body("points", hasSize(1))
                .body("points[0].yoy.reported", percentage(75, 74.5f, 75.5f))
                .body("points[0].stated_record", equalTo(true))
                .body("points[0].all_time_high", nullValue());
    }

    @Test
    void theOverviewOfAPeriodIsItsBrandRankingAndItsGroupRollupsInOneAnswer() {
        for (String period : new String[] { "2025-11", "2025-01/2025-11" }) {
            JsonPath overview = given().queryParam("period", period).get("/api/overview").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, Object> ranking = given().queryParam("period", period).get("/api/rankings").then()
                    .statusCode(200).extract().jsonPath().getMap("");
            List<Object> rollups = given().queryParam("period", period).get("/api/rollups").then().statusCode(200)
                    .extract().jsonPath().getList("");
            assertThat(overview.getMap("ranking")).as(period).isEqualTo(ranking);
            assertThat(overview.getList("rollups")).as(period).isEqualTo(rollups);
        }
        given().queryParam("period", "2025-11").get("/api/overview").then()
                .body("ranking.entries.slug", hasItem("leapmotor")).body("rollups.group", contains("hima"));
        given().queryParam("period", "2025-11/2025-01").get("/api/overview").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
