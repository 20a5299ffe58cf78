package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.group;
import static org.chinaauto.deliveries.DeliveriesTestSupport.loadCsv;
import static org.chinaauto.deliveries.DeliveriesTestSupport.post;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Group roll-ups on obviously synthetic brands and groups: bounds, the inconsistency flag and dated membership. */
@QuarkusTest
class RollupTest {

    static final String P = "synthetic-rollups";

    @Inject
    SessionFactory sessions;

    @Test
    void theRollupsOfAllGroupsTakeAsManyQueriesForSixGroupsAsForOne() {
        brands("synthetic-brand-301");
        group("synthetic-group-31", "[{\"brand\":\"synthetic-brand-301\"}]").statusCode(200);
        long forOne = statements("2092-01");
        for (int i = 32; i <= 36; i++) {
            group("synthetic-group-" + i, "[{\"brand\":\"synthetic-brand-301\"}]").statusCode(200);
        }
        assertThat(statements("2092-02")).isEqualTo(forOne).isPositive();
    }

    /** The statements that one uncached read of the roll-ups prepared (each period is a request of its own). */
    private long statements(String period) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        given().queryParam("period", period).get("/api/rollups").then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void aReportedTotalBelowTheSumOfItsMembersIsFlaggedNotHidden() {
        brands("synthetic-brand-101", "synthetic-brand-102");
        group("synthetic-group-1", "[{\"brand\":\"synthetic-brand-101\"},{\"brand\":\"synthetic-brand-102\"}]")
                .statusCode(200);
        loadCsv(HEADER + "synthetic-group-1,2090-07," + P + ",100,,,,,,\n"
                + "synthetic-brand-101,2090-07," + P + ",80,,,,,,\n"
                + "synthetic-brand-102,2090-07," + P + ",50,,,,,,\n").statusCode(200);
        given().queryParam("period", "2090-07").get("/api/groups/synthetic-group-1/rollup").then().statusCode(200)
                .body("reported_total.value", equalTo(100))
                .body("attributed.value", equalTo(130))
                // not clamped at zero: the members' figures exceed the reported total
                .body("not_attributed.value", equalTo(-30))
                .body("not_attributed.low", equalTo(-30))
                .body("not_attributed_pct.value", equalTo(-30))
                .body("inconsistent", equalTo(true))
                .body("members.brand", contains("synthetic-brand-101", "synthetic-brand-102"))
                .body("members.share_of_reported_pct.value", contains(80, 50));
        given().queryParam("period", "2090-07").get("/api/rollups").then().statusCode(200)
                .body("group", contains("synthetic-group-1"))
                .body("[0].inconsistent", equalTo(true));
    }

    @Test
    void aBrandCountsInAGroupOnlyWhileAMember() {
        brands("synthetic-brand-201", "synthetic-brand-202", "synthetic-brand-203");
        // 201 joins in March; 202 leaves in March (counted up to February); 203 is a member in February and March
        group("synthetic-group-2", "[{\"brand\":\"synthetic-brand-201\",\"from\":\"2091-03\"},"
                + "{\"brand\":\"synthetic-brand-202\",\"to\":\"2091-03\"},"
                + "{\"brand\":\"synthetic-brand-203\",\"from\":\"2091-02\",\"to\":\"2091-04\"}]").statusCode(200);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int month = 1; month <= 4; month++) {
            String m = "2091-0" + month;
            csv.append("synthetic-group-2,").append(m).append(',').append(P).append(",1000,,,,,,\n");
            csv.append("synthetic-brand-201,").append(m).append(',').append(P).append(',').append(100 + month).append(",,,,,,\n");
            csv.append("synthetic-brand-202,").append(m).append(',').append(P).append(',').append(200 + month).append(",,,,,,\n");
            csv.append("synthetic-brand-203,").append(m).append(',').append(P).append(',').append(300 + month).append(",,,,,,\n");
        }
        loadCsv(csv.toString()).statusCode(200);

        given().get("/api/groups/synthetic-group-2").then().statusCode(200)
                .body("members.find { it.brand == 'synthetic-brand-201' }.from", equalTo("2091-03"))
                .body("members.find { it.brand == 'synthetic-brand-202' }.from", nullValue())
                .body("members.find { it.brand == 'synthetic-brand-202' }.to", equalTo("2091-03"));
        given().queryParam("period", "2091-01").get("/api/groups/synthetic-group-2/rollup").then()
                .body("members.brand", contains("synthetic-brand-202"))
                .body("attributed.value", equalTo(201)).body("not_attributed.value", equalTo(799));
        given().queryParam("period", "2091-03").get("/api/groups/synthetic-group-2/rollup").then()
                .body("members.brand", contains("synthetic-brand-203", "synthetic-brand-201"))
                .body("attributed.value", equalTo(303 + 103));
        given().queryParam("period", "2091-04").get("/api/groups/synthetic-group-2/rollup").then()
                .body("members.brand", contains("synthetic-brand-201"))
                .body("members_without_figures", hasSize(0));
        // over the span, each brand counts only for its member months: 201 Mar+Apr, 202 Jan+Feb, 203 Feb+Mar
        given().queryParam("period", "2091-01/2091-04").get("/api/groups/synthetic-group-2/rollup").then()
                .body("reported_total.value", equalTo(4000))
                .body("members.find { it.brand == 'synthetic-brand-201' }.deliveries", equalTo(103 + 104))
                .body("members.find { it.brand == 'synthetic-brand-202' }.deliveries", equalTo(201 + 202))
                .body("members.find { it.brand == 'synthetic-brand-203' }.deliveries", equalTo(302 + 303))
                .body("attributed.value", equalTo(207 + 403 + 605))
                .body("inconsistent", equalTo(false));
    }

    @Test
    void membershipsAreValidatedAsAWhole() {
        brands("synthetic-brand-103");
        group("synthetic-group-3", "[{\"brand\":\"synthetic-brand-103\",\"from\":\"2091-05\",\"to\":\"2091-05\"},"
                + "{\"brand\":\"synthetic-brand-unknown\"},{\"brand\":\"synthetic-brand-103\",\"from\":\"2091-13\"}]")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("members[0].to", "members[1].brand", "members[2].from"));
        given().get("/api/groups/synthetic-group-3").then().statusCode(404);
        // brands and groups share one set of slugs
        post("/api/brands", "application/json", "[{\"slug\":\"hima\",\"name\":\"synthetic\"}]").statusCode(400)
                .body("errors.field", hasItem("slug"));
        post("/api/brands", "application/json", "[{\"slug\":\"Not A Slug\",\"name\":\"synthetic\"},"
                + "{\"slug\":\"synthetic-brand-104\",\"memberships\":[{\"group\":\"synthetic-no-group\"}]}]").statusCode(400)
                .body("errors.findAll { it.line == 1 }.field", hasItem("slug"))
                .body("errors.findAll { it.line == 2 }.field", hasItems("name", "memberships[0].group"));
        given().get("/api/brands/synthetic-brand-104").then().statusCode(404);
    }

    @Test
    void aBrandCanBeMovedBetweenGroupsFromItsOwnRecord() {
        brands("synthetic-brand-105");
        group("synthetic-group-4", "[]").statusCode(200);
        post("/api/brands", "application/json", "{\"brands\":[{\"slug\":\"synthetic-brand-105\",\"name\":\"synthetic-brand-105\","
                + "\"memberships\":[{\"group\":\"synthetic-group-4\",\"from\":\"2091-01\",\"to\":\"2091-06\"}]}]}")
                .statusCode(200).body("revised", equalTo(1));
        // fields left out are kept
        given().get("/api/brands/synthetic-brand-105").then().body("carmaker", equalTo("synthetic-carmaker"))
                .body("memberships[0].group", equalTo("synthetic-group-4"));
        given().get("/api/groups/synthetic-group-4").then().body("members.brand", contains("synthetic-brand-105"))
                .body("members[0].to", equalTo("2091-06"));
        post("/api/brands", "application/json", "[{\"slug\":\"synthetic-brand-105\",\"name\":\"synthetic-brand-105\","
                + "\"memberships\":[{\"group\":\"synthetic-group-4\",\"from\":\"2091-01\",\"to\":\"2091-06\"}]}]")
                .statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void theRemainderOfARoundedTotalHasBoundsAndAMemberWithMissingMonthsHasNoShare() {
        brands("synthetic-brand-106", "synthetic-brand-107");
        group("synthetic-group-5", "[{\"brand\":\"synthetic-brand-106\"},{\"brand\":\"synthetic-brand-107\"}]")
                .statusCode(200);
        String header = "subject,period,publisher,deliveries,qualifier,precision\n";
        loadCsv(header + "synthetic-group-5,2091-07/2091-08," + P + ",1000,approximately,100\n"
                + "synthetic-brand-106,2091-07/2091-08," + P + ",300,,\n"
                + "synthetic-brand-107,2091-07," + P + ",200,,\n").statusCode(200);
        given().queryParam("period", "2091-07/2091-08").get("/api/groups/synthetic-group-5/rollup").then()
                .statusCode(200)
                // about 1,000 (to the hundred): 950 to 1,050
                .body("reported_total", estimate(1000, 950, 1050))
                .body("attributed.value", equalTo(500))
                .body("not_attributed", estimate(500, 450, 550))
                .body("not_attributed_pct.low", equalTo(42.86f))
                .body("not_attributed_pct.high", equalTo(57.89f))
                .body("inconsistent", equalTo(false))
                .body("members.brand", contains("synthetic-brand-106", "synthetic-brand-107"))
                .body("members[0].share_of_reported_pct.low", equalTo(28.57f))
                .body("members[0].share_of_reported_pct.high", equalTo(31.58f))
                .body("members[1].share_of_reported_pct", nullValue())
                .body("members.complete", contains(true, false))
                .body("members[1].months_missing", contains("2091-08"));
    }
}
