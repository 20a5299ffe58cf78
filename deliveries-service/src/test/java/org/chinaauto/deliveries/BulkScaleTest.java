package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.deliveries.DeliveriesTestSupport.HEADER;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.SyntheticCsv.REST;
import static org.chinaauto.deliveries.SyntheticCsv.subjects;
import static org.chinaauto.testing.BulkLoads.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Deliveries loaded at scale through the streamed pipeline: synthetic batches (subjects syn-..., registered first as
 * brands; publishers SYN...), generated as they are sent. Each test has its own subjects and publisher, so that tests
 * do not see each other's figures.
 */
@QuarkusTest
class BulkScaleTest {

    static final int MONTHS = 1000;

    @Inject
    DataSource db;

    static ValidatableResponse load(InputStream csv) {
        return Editing.post("/api/deliveries", "text/csv", csv);
    }

    @Test
    void aHundredThousandRowsLoadReloadUnchangedAndReviseASubset() throws Exception {
        int rows = 100_000;
        brands(subjects("x", rows / MONTHS));
        BulkLoads.assertReloadedUnchangedAndRevisedInATenth("/api/deliveries", rows,
                () -> SyntheticCsv.deliveries("x", rows, MONTHS, i -> Integer.toString(1000 + i)),
                // every tenth figure revised, the others written as 1234.000, which is the same count and so unchanged
                () -> SyntheticCsv.deliveries("x", rows, MONTHS,
                        i -> i % 10 == 0 ? Integer.toString(2000 + i) : (1000 + i) + ".000"));

        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNX' AND superseded_at IS NULL")).isEqualTo(rows);
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNX'")).isEqualTo(rows + rows / 10);
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNX' AND subject_kind = 'BRAND' "
                + "AND attribution = 'NAMED' AND record = false")).isEqualTo(rows + rows / 10);
        given().queryParam("subject", "syn-x-001").queryParam("period", "2101-01").queryParam("publisher", "SYNX")
                .get("/api/deliveries/history").then().statusCode(200)
                .body("deliveries", contains(1000, 2000))
                .body("[0].superseded_at", notNullValue());
        // the loaded figures are read like any others: 100 brands ranked for their first month
        given().queryParam("period", "2101-01").queryParam("publisher", "SYNX").get("/api/rankings").then().statusCode(200)
                .body("entries", hasSize(rows / MONTHS)).body("entries[0].slug", equalTo("syn-x-100"));
        // the bundled dataset is untouched
        given().queryParam("publisher", "HIMA").get("/api/deliveries").then().body("items", hasSize(4));
    }

    @Test
    void anInvalidRowDeepInALargeBatchWritesNothingAndNamesItsLine() throws Exception {
        int bad = 41_234;
        brands(subjects("bad", 50));
        BulkLoads.assertRefusedForOneField(
                load(SyntheticCsv.deliveries("bad", 50_000, MONTHS, i -> i == bad ? "-7" : Integer.toString(i))),
                bad + 2, "deliveries", "must not be negative");
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNBAD'")).isZero();
    }

    @Test
    void pastAThousandErrorsTheFirstThousandAreListedWithTheTotal() throws Exception {
        brands(subjects("err", 2));
        BulkLoads.assertTheFirstThousandErrorsAreListed(load(SyntheticCsv.deliveries("err", 1500, MONTHS, i -> "lots")),
                1500, 2).body("errors.field", everyItem(equalTo("deliveries")))
                .body("errors[0].message", equalTo("is not a number: 'lots'"));
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNERR'")).isZero();
    }

    @Test
    void aSubjectThatIsNeitherABrandNorAGroupIsRejectedOnEveryLine() throws Exception {
        // 20 subjects of 1,000 months; the last one is not registered
        brands(subjects("unk", 19));
        load(SyntheticCsv.deliveries("unk", 20_000, MONTHS, i -> Integer.toString(i))).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("1000 invalid field(s)"))
                .body("errors", hasSize(1000))
                .body("errors[0].line", equalTo(19_000 + 2))
                .body("errors.field", everyItem(equalTo("subject")))
                .body("errors[0].message", containsString("unknown subject 'syn-unk-020'"));
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNUNK'")).isZero();
    }

    @Test
    void aFigureTwiceInOneBatchNamesBothLines() throws Exception {
        brands("syn-dup-001");
        BulkLoads.assertAFigureTwiceNamesBothLines("/api/deliveries", HEADER,
                "syn-dup-001,2101-01,SYNDUP,1" + REST + "\n",
                "syn-dup-001,2101-02,SYNDUP,2" + REST + "\n",
                "SYN-DUP-001,2101-01,SYNDUP,3" + REST + "\n",     // the figure of line 2 (slugs in any case)
                "syn-dup-001,2101-02,SYNDUP,2" + REST + "\n")     // the figure of line 3, same count
                .body("errors[0].message", equalTo("the same figure (subject, period, publisher) already appears at line 2"));
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNDUP'")).isZero();
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheLimitToo() throws Exception {
        // sent chunked, so that only the streamed count can stop it: about 17 MB, over the test profile's 8 MiB
        brands(subjects("big", 500));
        HttpResponse<String> response = BulkLoads.assertCutOffWithoutALength("/api/deliveries",
                () -> SyntheticCsv.deliveries("big", 500_000, MONTHS, i -> Integer.toString(i)));
        assertThat(response.body()).contains("Body too large");
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNBIG'")).isZero();
    }

    @Test
    void concurrentOverlappingLoadsBothSucceedWithOneCurrentVersionPerFigure() throws Exception {
        brands(subjects("c", 45));
        // A: rows 0..29,999; B: rows 15,000..44,999 with other counts; 15,000 figures in both
        InputStream a = SyntheticCsv.deliveries("c", 30_000, MONTHS, i -> Integer.toString(i));
        InputStream b = new SyntheticCsv(30_000, i -> SyntheticCsv.row("c", i + 15_000, MONTHS, Integer.toString(i + 15_001)));
        // whichever came second revised the 15,000 figures they share
        BulkLoads.assertOverlappingLoadsBothSucceed(() -> load(a), () -> load(b), 30_000, 15_000);
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE publisher = 'SYNC' AND superseded_at IS NULL"))
                .isEqualTo(45_000);
        assertThat(count(db, "SELECT count(*) FROM (SELECT 1 FROM delivery WHERE publisher = 'SYNC' AND superseded_at IS NULL "
                + "GROUP BY subject, period_start, period_end, publisher HAVING count(*) > 1) d")).isZero();
    }
}
