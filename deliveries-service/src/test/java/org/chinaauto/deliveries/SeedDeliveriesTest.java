package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.chinaauto.local.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The default dataset as an analyst reads it: brands, HIMA, deliveries, ranking, roll-up and target. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedDeliveriesTest {

    @Test
    void brandsHaveTheirCarmakersAndHimaMemberships() {
        given().get("/api/brands").then().statusCode(200)
                .body("find { it.slug == 'aito' }.name", equalTo("AITO"))
                .body("find { it.slug == 'aito' }.carmaker", equalTo("Seres"))
                .body("find { it.slug == 'luxeed' }.carmaker", equalTo("Chery"))
                .body("find { it.slug == 'stelato' }.carmaker", equalTo("BAIC"))
                .body("find { it.slug == 'maextro' }.carmaker", equalTo("JAC"))
                .body("find { it.slug == 'leapmotor' }.memberships", hasSize(0));
        given().get("/api/brands/aito").then().statusCode(200)
                .body("memberships", hasSize(1))
                .body("memberships[0].group", equalTo("hima"))
                .body("memberships[0].from", nullValue())
                .body("memberships[0].to", nullValue());
        given().get("/api/brands/no-such-brand").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-brand"));
    }

    @Test
    void himaIsLedByHuaweiWithFourNamedMembers() {
        given().get("/api/groups").then().statusCode(200).body("slug", hasItem("hima"));
        given().get("/api/groups/hima").then().statusCode(200)
                .body("name", equalTo("Harmony Intelligent Mobility Alliance"))
                .body("leader", equalTo("Huawei"))
                .body("notes", containsString("SAIC's brand"))
                .body("members.brand", containsInAnyOrder("aito", "luxeed", "stelato", "maextro"));
        given().get("/api/groups/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deliveriesKeepTheirProvenance() {
        given().queryParam("subject", "leapmotor").queryParam("period", "2025-11").get("/api/deliveries").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].deliveries", equalTo(70327))
                .body("items[0].publisher", equalTo("Leapmotor"))
                .body("items[0].subject_type", equalTo("brand"))
                .body("items[0].stated_yoy_pct", equalTo(75))
                .body("items[0].record", equalTo(true))
                .body("items[0].notes", containsString("500,000"));
        given().queryParam("subject", "AITO").queryParam("publisher", "HIMA").get("/api/deliveries").then()
                .body("items[0].deliveries", equalTo(18827))
                .body("items[0].stated_yoy_pct", equalTo(127.93f))
                .body("items[0].notes", containsString("over 81%"));
        given().queryParam("subject", "hima").queryParam("period", "2025-11").queryParam("publisher", "HIMA")
                .get("/api/deliveries/history").then().statusCode(200)
                .body("deliveries", contains(81864)).body("[0].subject_type", equalTo("group"));
    }

    @Test
    void brandRankingForNovember2025WithSharesOfTheirTotal() {
        given().queryParam("period", "2025-11").queryParam("level", "brand").get("/api/rankings").then().statusCode(200)
                .body("period", equalTo("2025-11"))
                .body("level", equalTo("brand"))
                .body("total", equalTo(107623))
                .body("complete", equalTo(true))
                .body("entries.slug", contains("leapmotor", "aito", "luxeed", "stelato"))
                .body("entries.rank", contains(1, 2, 3, 4))
                .body("entries.name", contains("Leapmotor", "AITO", "Luxeed", "Stelato"))
                .body("entries.deliveries", contains(70327, 18827, 11761, 6708))
                .body("entries.share_pct", contains(65.35f, 17.49f, 10.93f, 6.23f))
                .body("entries.publisher", contains("Leapmotor", "HIMA", "HIMA", "HIMA"));
        given().queryParam("period", "2025-11").queryParam("level", "group").get("/api/rankings").then().statusCode(200)
                .body("entries.slug", contains("hima"))
                .body("entries[0].deliveries", equalTo(81864))
                .body("entries[0].share_pct", equalTo(100.00f));
    }

    @Test
    void aSpanRankingSaysWhichMonthsAreMissing() {
        given().queryParam("period", "2025-10/2025-11").get("/api/rankings").then().statusCode(200)
                .body("period", equalTo("2025-10/2025-11"))
                .body("complete", equalTo(false))
                .body("entries[0].slug", equalTo("leapmotor"))
                .body("entries[0].deliveries", equalTo(70327))
                .body("entries[0].complete", equalTo(false))
                .body("entries[0].months_missing", contains("2025-10"));
    }

    @Test
    void himaRollupShowsTheNotAttributedRemainder() {
        given().queryParam("period", "2025-11").get("/api/groups/hima/rollup").then().statusCode(200)
                .body("group", equalTo("hima"))
                .body("publisher", equalTo("HIMA"))
                .body("reported_total", equalTo(81864))
                .body("attributed", equalTo(37296))
                .body("not_attributed", equalTo(44568))
                .body("not_attributed_pct", equalTo(54.44f))
                .body("inconsistent", equalTo(false))
                .body("members.brand", contains("aito", "luxeed", "stelato"))
                .body("members.deliveries", contains(18827, 11761, 6708))
                .body("members.share_of_reported_pct", contains(23.00f, 14.37f, 8.19f))
                .body("members_without_figures.brand", contains("maextro"));
        given().queryParam("period", "2025-11").get("/api/rollups").then().statusCode(200)
                .body("find { it.group == 'hima' }.not_attributed", equalTo(44568));
        given().queryParam("period", "2025-10").get("/api/groups/hima/rollup").then().statusCode(200)
                .body("reported_total", nullValue()).body("not_attributed", nullValue())
                .body("members", hasSize(0)).body("members_without_figures", hasSize(4));
    }

    @Test
    void leapmotorTargetShowsEveryRevisionAndHonestCoverage() {
        given().queryParam("year", "2025").get("/api/brands/leapmotor/targets").then().statusCode(200)
                .body("brand", equalTo("leapmotor"))
                .body("year", equalTo(2025))
                .body("revisions.revision", contains(1, 2, 3))
                .body("revisions.value", contains(500000, null, null))
                .body("revisions.low", contains(null, 500000, 580000))
                .body("revisions.high", contains(null, 600000, 650000))
                .body("revisions.announced", contains(null, null, null))
                .body("revisions[0].notes", containsString("disagree"))
                .body("current.revision", equalTo(3))
                .body("current.low", equalTo(580000))
                .body("current.high", equalTo(650000))
                .body("delivered_to_date", equalTo(70327))
                .body("through", equalTo("2025-11"))
                .body("months_known", contains("2025-11"))
                .body("months_missing", hasSize(10))
                .body("months_missing[0]", equalTo("2025-01"))
                .body("complete", equalTo(false))
                .body("progress_low_pct", equalTo(12.13f))
                .body("progress_high_pct", equalTo(10.82f))
                // missing months are not zero: no rate can be computed, and the known sum never reached the target
                .body("monthly_rate_needed_low", nullValue())
                .body("reached_low_in", nullValue())
                .body("stated_notes", hasSize(1))
                .body("stated_notes[0]", containsString("Revision 1 (500,000)"))
                .body("stated_notes[0]", containsString("ahead of schedule"));
        given().get("/api/brands/aito/targets").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aitoHistoryShowsStatedGrowthWithoutAComputedOne() {
        given().queryParam("from", "2025-10").queryParam("to", "2025-11").get("/api/brands/aito/history").then()
                .statusCode(200)
                .body("brand", equalTo("aito"))
                .body("points.period", contains("2025-10", "2025-11"))
                .body("points[0].deliveries", nullValue())
                .body("points[1].deliveries", equalTo(18827))
                .body("points[1].stated_yoy_pct", equalTo(127.93f))
                .body("points[1].yoy_pct", nullValue())
                .body("points[1].mom_pct", nullValue())
                .body("points[1].yoy_difference_points", nullValue())
                .body("points[1].all_time_high", equalTo(true))
                .body("points[1].notes", containsString("M7"));
    }
}
