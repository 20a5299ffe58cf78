package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The change feed as a client polling it sees it: each committed change of a figure once, in commit order, with its
 * previous value and bounds and the load that made it; nothing for a load that changed nothing; a poll that waits is
 * answered as soon as a load commits; bad parameters are 400 problems.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,status,published,source\n";

    private static long latest() {
        return given().queryParam("limit", 0).get("/api/changes").then().statusCode(200).extract().jsonPath()
                .getLong("latest");
    }

    private static JsonPath after(long after) {
        return given().queryParam("after", after).queryParam("limit", 1000).get("/api/changes").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void eachChangeIsAnEventWithItsPreviousValueAndBoundsInCommitOrder() {
        String p = "SYN-feed";
        long start = latest();
        String load = loadCsv(HEADER + "sales_share,nev,2029-11,SYN-feed,31.5,nearly,0.1,preliminary,2029-12,SYN feed report\n"
                + "production,nev,2029-11,SYN-feed,1200000,,,final,2029-12,SYN feed report\n").statusCode(200)
                .body("inserted", equalTo(2)).extract().jsonPath().getString("load_id");
        JsonPath added = after(start);
        assertThat(added.getList("changes")).hasSize(2);
        assertThat(added.getString("changes[0].specversion")).isEqualTo("1.0");
        assertThat(added.getString("changes[0].type")).isEqualTo("org.chinaauto.figure.added");
        assertThat(added.getString("changes[0].source")).isEqualTo("/market-service");
        assertThat(added.getString("changes[0].subject")).isEqualTo("sales_share/nev/SYN-feed/2029-11");
        assertThat(added.getMap("changes[0].data.figure")).isEqualTo(
                Map.of("measure", "sales_share", "segment", "nev", "publisher", p, "period", "2029-11"));
        // "nearly 31.5" to a tenth: 31.4 to 31.5
        assertThat(added.getFloat("changes[0].data.value.low")).isEqualTo(31.4f);
        assertThat(added.getFloat("changes[0].data.value.high")).isEqualTo(31.5f);
        assertThat(added.getString("changes[0].data.previous")).isNull();
        assertThat(added.getString("changes[0].data.load_id")).isEqualTo(load);
        assertThat(added.getString("changes[1].data.figure.measure")).isEqualTo("production");
        long first = Long.parseLong(added.getString("changes[0].id"));
        assertThat(Long.parseLong(added.getString("changes[1].id"))).isGreaterThan(first);
        assertThat(added.getLong("next")).isEqualTo(Long.parseLong(added.getString("changes[1].id")));

        // a revision, a status change and an unchanged row: two events, each naming what it replaced
        long before = added.getLong("next");
        loadCsv(HEADER + "sales_share,nev,2029-11,SYN-feed,31.5,nearly,0.1,final,2029-12,SYN feed report\n"
                + "production,nev,2029-11,SYN-feed,1210000,,,final,2030-01,SYN feed revision\n"
                + "sales,all,2029-11,SYN-feed,3000000,,,final,2029-12,SYN feed report\n").statusCode(200)
                .body("revised", equalTo(2)).body("inserted", equalTo(1));
        JsonPath revised = after(before);
        assertThat(revised.getList("changes.type")).containsExactly("org.chinaauto.figure.status_changed",
                "org.chinaauto.figure.revised", "org.chinaauto.figure.added");
        assertThat(revised.getString("changes[0].data.previous_status")).isEqualTo("preliminary");
        assertThat(revised.getString("changes[0].data.status")).isEqualTo("final");
        assertThat(revised.getLong("changes[1].data.previous.value")).isEqualTo(1_200_000L);
        assertThat(revised.getLong("changes[1].data.value.value")).isEqualTo(1_210_000L);
        assertThat(revised.getString("changes[1].data.source")).isEqualTo("SYN feed revision");

        // loading the same rows again commits nothing new
        long last = revised.getLong("next");
        loadCsv(HEADER + "sales,all,2029-11,SYN-feed,3000000,,,final,2029-12,SYN feed report\n").statusCode(200)
                .body("unchanged", equalTo(1));
        assertThat(after(last).getList("changes")).isEmpty();
    }

    @Test
    void aPollThatWaitsIsAnsweredWhenALoadCommits() throws Exception {
        long start = latest();
        CompletableFuture<List<Object>> poll = CompletableFuture.supplyAsync(() -> given().queryParam("after", start)
                .queryParam("timeout", 20).get("/api/changes").then().statusCode(200).extract().jsonPath()
                .getList("changes"));
        Thread.sleep(500);
        assertThat(poll).isNotDone();
        Instant loaded = Instant.now();
        loadCsv(HEADER + "sales,bev,2029-10,SYN-feed-wait,5,,,final,2029-11,SYN feed report\n").statusCode(200);
        assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(Duration.between(loaded, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anEmptyPollWaitsEachTimeItIsAsked() {
        long start = latest();
        // the same request twice: the second is not answered at once from the read cache
        for (int i = 0; i < 2; i++) {
            long asked = System.nanoTime();
            given().queryParam("after", start).queryParam("timeout", 1).get("/api/changes").then().statusCode(200)
                    .body("changes.size()", equalTo(0));
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThan(Duration.ofMillis(900));
        }
    }

    @Test
    void sinceListsTheChangesCommittedFromThenOn() {
        Instant from = Instant.now();
        loadCsv(HEADER + "sales,bev,2029-09,SYN-feed-since,7,,,final,2029-10,SYN feed report\n").statusCode(200);
        JsonPath page = given().queryParam("since", from.toString()).get("/api/changes").then().statusCode(200).extract()
                .jsonPath();
        assertThat(page.getList("changes.subject")).contains("sales/bev/SYN-feed-since/2029-09");
        assertThat(page.getList("changes.time", String.class)).allSatisfy(t -> assertThat(Instant.parse(t)).isAfterOrEqualTo(from));
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("after", "x").get("/api/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().queryParam("limit", 1001).get("/api/changes").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("timeout", 31).get("/api/changes").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("since", "yesterday").get("/api/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("since"))
                .body("detail", containsString("not a date-time"));
    }
}
