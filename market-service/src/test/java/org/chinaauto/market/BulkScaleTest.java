package org.chinaauto.market;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.market.MarketTestSupport.HEADER;
import static org.chinaauto.market.MarketTestSupport.REST;
import static org.chinaauto.testing.BulkLoads.count;
import static org.hamcrest.Matchers.hasSize;

import java.io.InputStream;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Loads at scale through the streamed pipeline: synthetic batches (publishers SYN...), generated as they are sent.
 * Each test has its own publishers (not SYN001, which VintageTest uses), so that tests do not see each other's figures.
 */
@QuarkusTest
class BulkScaleTest {

    @Inject
    DataSource db;

    static ValidatableResponse load(InputStream csv) {
        return Editing.post("/api/figures", "text/csv", csv);
    }

    @Test
    void aHundredThousandRowsLoadReloadUnchangedAndReviseASubset() throws Exception {
        int rows = 100_000;
        int months = 1000;
        BulkLoads.assertReloadedUnchangedAndRevisedInATenth("/api/figures", rows,
                () -> SyntheticCsv.sales("SYNX", rows, months, i -> Integer.toString(1000 + i)),
                // every tenth figure revised, the others written as 1234.000, which is the same number and so unchanged
                () -> SyntheticCsv.sales("SYNX", rows, months,
                        i -> i % 10 == 0 ? Integer.toString(2000 + i) : (1000 + i) + ".000"));

        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNX%' AND superseded_at IS NULL"))
                .isEqualTo(rows);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNX%'")).isEqualTo(rows + rows / 10);
        given().queryParam("measure", "sales").queryParam("segment", "all").queryParam("publisher", "SYNX001")
                .queryParam("period", "1901-01").get("/api/figures/history").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.contains(1000, 2000))
                .body("[0].superseded_at", org.hamcrest.Matchers.notNullValue());
        // the bundled dataset is untouched
        given().queryParam("publisher", "CAAM").get("/api/figures").then().body("items", hasSize(12));
    }

    @Test
    void anInvalidRowDeepInALargeBatchWritesNothingAndNamesItsLine() throws Exception {
        int bad = 41_234;
        BulkLoads.assertRefusedForOneField(
                load(SyntheticCsv.sales("SYNBAD", 50_000, 1000, i -> i == bad ? "-7" : Integer.toString(i))),
                bad + 2, "value", "must not be negative");
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNBAD%'")).isZero();
    }

    @Test
    void pastAThousandErrorsTheFirstThousandAreListedWithTheTotal() throws Exception {
        BulkLoads.assertTheFirstThousandErrorsAreListed(load(SyntheticCsv.sales("SYNERR", 1500, 1000, i -> "lots")),
                1500, 2);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNERR%'")).isZero();
    }

    @Test
    void aFigureTwiceInOneBatchNamesBothLines() throws Exception {
        BulkLoads.assertAFigureTwiceNamesBothLines("/api/figures", HEADER,
                "sales,all,1950-01,SYNDUP001,1" + REST + "\n",
                "sales,all,1950-02,SYNDUP001,2" + REST + "\n",
                "sales,all,1950-01,SYNDUP001,3" + REST + "\n",     // the figure of line 2
                "sales,all,1950-02,SYNDUP001,2" + REST + "\n");    // the figure of line 3, same value
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNDUP%'")).isZero();
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheLimitToo() throws Exception {
        // sent chunked, so that only the streamed count can stop it: over the test profile's 16 MiB
        BulkLoads.assertCutOffWithoutALength("/api/figures",
                () -> SyntheticCsv.sales("SYNBIG", 500_000, 1000, i -> Integer.toString(i)));
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNBIG%'")).isZero();
    }

    @Test
    void concurrentOverlappingLoadsBothSucceedWithOneCurrentVersionPerFigure() throws Exception {
        int months = 1000;
        // A: rows 0..29,999; B: rows 15,000..44,999 with other values; 15,000 figures in both
        InputStream a = SyntheticCsv.sales("SYNC", 30_000, months, i -> Integer.toString(i));
        InputStream b = new SyntheticCsv(30_000, i -> "sales,all," + SyntheticCsv.month(i + 15_000, months) + ","
                + SyntheticCsv.publisher("SYNC", i + 15_000, months) + "," + (i + 15_000 + 1) + REST + "\n");
        // whichever came second revised the 15,000 figures they share
        BulkLoads.assertOverlappingLoadsBothSucceed(() -> load(a), () -> load(b), 30_000, 15_000);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNC%' AND superseded_at IS NULL"))
                .isEqualTo(45_000);
        assertThat(count(db, "SELECT count(*) FROM (SELECT 1 FROM figure WHERE publisher LIKE 'SYNC%' AND superseded_at IS NULL "
                + "GROUP BY measure, segment, publisher, period_start, period_end HAVING count(*) > 1) d")).isZero();
    }
}
