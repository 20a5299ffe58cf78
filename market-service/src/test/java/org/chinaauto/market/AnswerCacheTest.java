package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.REST;
import static org.chinaauto.market.MarketTestSupport.loadCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Repeated reads are answered from the answer cache and revalidated by ETag, and never outlive a committed write:
 * a load through this service, and a write committed by another replica on the same database (which raises the
 * data version in its transaction, as every load does), are both seen by the next read.
 */
@QuarkusTest
class AnswerCacheTest {

    static final String PERIOD = "2041-03";

    @Inject
    DataSource db;

    static String list() {
        return given().queryParam("publisher", "SYNETAG").get("/api/figures").then().statusCode(200).extract()
                .header("ETag");
    }

    @Test
    void aRepeatedReadKeepsItsTagAndARevalidationGets304WithoutABody() {
        loadCsv(HEADER + "sales,all," + PERIOD + ",SYNETAG,1000" + REST + "\n").statusCode(200);
        String tag = list();
        assertThat(tag).startsWith("W/\"");
        assertThat(list()).isEqualTo(tag);
        given().queryParam("publisher", "SYNETAG").header("If-None-Match", tag).get("/api/figures").then()
                .statusCode(304).header("ETag", tag).body(emptyString());
        // another request, another tag
        String other = given().queryParam("publisher", "SYNETAG").queryParam("format", "csv").get("/api/figures")
                .then().statusCode(200).extract().header("ETag");
        assertThat(other).isNotEqualTo(tag);
        // a load that changes nothing keeps every answer
        loadCsv(HEADER + "sales,all," + PERIOD + ",SYNETAG,1000" + REST + "\n").statusCode(200)
                .body("unchanged", equalTo(1));
        assertThat(list()).isEqualTo(tag);
    }

    @Test
    void aLoadIsSeenByTheNextReadAndChangesTheTag() {
        loadCsv(HEADER + "sales,all," + PERIOD + ",SYNETAG,1000" + REST + "\n").statusCode(200);
        String before = list();
        loadCsv(HEADER + "sales,all," + PERIOD + ",SYNETAG,1100" + REST + "\n").statusCode(200)
                .body("revised", equalTo(1));
        given().queryParam("publisher", "SYNETAG").header("If-None-Match", before).get("/api/figures").then()
                .statusCode(200).body("items.value", contains(1100));
        assertThat(list()).isNotEqualTo(before);
        loadCsv(HEADER + "sales,all," + PERIOD + ",SYNETAG,1000" + REST + "\n").statusCode(200);
    }

    @Test
    void aWriteCommittedByAnotherReplicaIsSeenByTheNextRead() throws Exception {
        given().queryParam("publisher", "SYNREPLICA").get("/api/figures").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().queryParam("publisher", "SYNREPLICA").get("/api/figures").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        // what a load through another replica commits: its rows and the raised data version, in one transaction
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO figure (measure, segment, publisher, period_start, period_end, value, loaded_at)"
                    + " VALUES ('SALES', 'ALL', 'SYNREPLICA', DATE '2041-04-01', DATE '2041-04-01', 777, now())");
            st.executeUpdate("UPDATE data_version SET version = version + 1");
            c.commit();
        }
        given().queryParam("publisher", "SYNREPLICA").get("/api/figures").then().statusCode(200)
                .body("items.value", contains(777));
    }
}
