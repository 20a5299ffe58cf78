package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * The real suite (all four services on an embedded PostgreSQL, started as bin/run-suite starts them) seen
 * through the gateway: the November 2025 overview against the seed figures, a load through the front
 * door and the monitoring scrape (the dashboard has its own, DashboardIT).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

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
    @Order(1)
    void november2025OverviewMatchesTheSeedFigures() {
        JsonPath view = given().get(gateway + "/api/overview?period=2025-11").then().statusCode(200)
                .body("complete", equalTo(true)).extract().jsonPath();
        assertThat(view.getInt("sections.group_rollups.data.find { it.group == 'hima' }.reported_total.value")).isEqualTo(81864);
        assertThat(view.getInt("sections.group_rollups.data.find { it.group == 'hima' }.attributed.value")).isEqualTo(37296);
        assertThat(view.getInt("sections.group_rollups.data.find { it.group == 'hima' }.not_attributed.value")).isEqualTo(44568);
        assertThat(view.getList("sections.group_rollups.data.find { it.group == 'hima' }.members.brand"))
                .containsExactlyInAnyOrder("aito", "luxeed", "stelato");
        assertThat(view.getInt("sections.brand_ranking.data.entries.find { it.slug == 'leapmotor' }.deliveries"))
                .isEqualTo(70327);
        assertThat(view.getInt("sections.brand_ranking.data.entries[0].rank")).isEqualTo(1);
        assertThat(view.getString("sections.brand_ranking.data.entries[0].slug")).isEqualTo("leapmotor");

        given().get(gateway + "/api/overview?period=2025-01/2025-11").then().statusCode(200)
                .body("sections.market.data.publishers.find { it.publisher == 'CAAM' }.sales.value", equalTo(31130000))
                .body("sections.market.data.publishers.find { it.publisher == 'CAAM' }.nev_share.reported.pct", equalTo(40.9f));
    }

    @Test
    @Order(2)
    void derivedValuesCarryBoundsAndTheReportedShareIsJudgedAgainstThem() {
        String caam = "publishers.find { it.publisher == 'CAAM' }";
        JsonPath sepNov = given().get(gateway + "/api/services/market/summary?period=2025-09/2025-11").then()
                .statusCode(200).extract().jsonPath();
        assertThat(sepNov.getBoolean(caam + ".nev_sales.derived")).isTrue();
        assertThat(sepNov.getLong(caam + ".nev_sales.low")).isEqualTo(4_375_000L);
        assertThat(sepNov.getLong(caam + ".nev_sales.high")).isEqualTo(5_385_000L);

        JsonPath janNov = given().get(gateway + "/api/overview?period=2025-01/2025-11").then().statusCode(200)
                .extract().jsonPath();
        String share = "sections.market.data." + caam + ".nev_share";
        assertThat(janNov.getDouble(share + ".computed.low")).isEqualTo(44.97);
        assertThat(janNov.getDouble(share + ".computed.high")).isEqualTo(48.19);
        assertThat(janNov.getDouble(share + ".reported.pct")).isEqualTo(40.9);
        assertThat(janNov.getString(share + ".judgement")).isEqualTo("outside");
        assertThat(janNov.getBoolean(share + ".flagged")).isTrue();

        JsonPath growth = given().get(gateway + "/api/services/exports/growth?powertrain=all&destination=WORLD"
                + "&publisher=GACC&from=2020&to=2024").then().statusCode(200).extract().jsonPath();
        assertThat(growth.getDouble("multiple.low")).isEqualTo(5.9);
        assertThat(growth.getDouble("multiple.high")).isEqualTo(5.96);
        assertThat(growth.getString("stated_growth.stated_as")).isEqualTo("nearly fivefold");
    }

    @Test
    @Order(2)
    void aVintageShowsWhatHadBeenPublishedByThen() {
        String nevProduction = gateway + "/api/services/market/figures?measure=production&segment=nev&publisher=CAAM";
        assertThat(given().get(nevProduction + "&vintage=2025-11-01").then().statusCode(200).extract().jsonPath()
                .getList("items.period", String.class)).contains("2025-01/2025-08").doesNotContain("2025-01/2025-11");
        assertThat(given().get(nevProduction + "&vintage=2025-12-31").then().statusCode(200).extract().jsonPath()
                .getList("items.period", String.class)).contains("2025-01/2025-08", "2025-01/2025-11");

        JsonPath before = given().get(gateway + "/api/overview?period=2025-11&vintage=2025-11-30").then()
                .statusCode(200).extract().jsonPath();
        assertThat(before.getString("vintage")).isEqualTo("2025-11-30");
        assertThat(before.getList("sections.group_rollups.data.findAll { it.reported_total != null }")).isEmpty();
        assertThat(before.getList("sections.brand_ranking.data.entries")).isEmpty();
        JsonPath after = given().get(gateway + "/api/overview?period=2025-11&vintage=2025-12-31").then()
                .statusCode(200).extract().jsonPath();
        assertThat(after.getInt("sections.group_rollups.data.find { it.group == 'hima' }.reported_total.value"))
                .isEqualTo(81864);

        given().get(gateway + "/api/overview?period=2025-11&vintage=last-week").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void exportsReconciliationThroughTheGateway() {
        JsonPath view = given().get(gateway + "/api/reconciliation?measure=exports&period=2024").then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getList("figures.publisher")).contains("CAAM", "GACC");
        assertThat(view.getInt("figures.find { it.publisher == 'CAAM' }.value")).isEqualTo(5860000);
    }

    @Test
    @Order(3)
    void aLoadThroughTheGatewayNeedsAnEditorAndIsIdempotent() {
        String csv = "measure,segment,period,publisher,value\nsales,all,2030-01,synthetic-e2e,1\n";
        given().contentType("text/csv").body(csv).post(gateway + "/api/services/market/figures").then().statusCode(401);
        given().auth().oauth2(suite.tokens().editor()).contentType("text/csv").body(csv)
                .post(gateway + "/api/services/market/figures").then().statusCode(200).body("inserted", equalTo(1));
        given().auth().oauth2(suite.tokens().editor()).contentType("text/csv").body(csv)
                .post(gateway + "/api/services/market/figures").then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    @Order(3)
    void aLoadThroughOneReplicaIsSeenByTheNextReadThroughTheOther() throws Exception {
        String first = suite.url("market-service");
        String second = suite.startReplica("market-service", RunningSuite.freePort());
        String read = "/api/figures?publisher=synthetic-replicas&size=10";
        for (String replica : List.of(first, second)) {
            // each replica reads, and keeps, the answer from before the loads
            given().get(replica + read).then().statusCode(200).body("items", hasSize(0));
            given().get(replica + read).then().statusCode(200).body("items", hasSize(0));
        }
        for (int value = 1; value <= 10; value++) {
            String writer = value % 2 == 1 ? first : second;
            String reader = value % 2 == 1 ? second : first;
            given().auth().oauth2(suite.tokens().editor()).contentType("text/csv")
                    .body("measure,segment,period,publisher,value\nsales,all,2031-01,synthetic-replicas," + value + "\n")
                    .post(writer + "/api/figures").then().statusCode(200);
            given().get(reader + read).then().statusCode(200).body("items.value", contains(value));
        }
    }

    @Test
    @Order(4)
    void prometheusScrapesEveryServiceAndFindsTheSeriesTheAlertsUse() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("k8s/tests/prometheus-scrape.sh").toString()));
        for (String service : suite.running()) {
            command.add(service + "=localhost:" + suite.port(service));
        }
        Path log = root.resolve("suite-e2e/target/prometheus-scrape.log");
        ProcessBuilder scrape = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        scrape.environment().put("STRICT", "1"); // every series must be there, none merely allowed to be absent
        Process p = scrape.start();
        assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).as("scrape test finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }
}
