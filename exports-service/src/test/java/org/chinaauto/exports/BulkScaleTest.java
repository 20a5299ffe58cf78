package org.chinaauto.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.exports.ExportsTestSupport.HEADER;
import static org.chinaauto.exports.SyntheticCsv.row;
import static org.chinaauto.testing.BulkLoads.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.InputStream;
import java.util.List;
import java.util.function.IntFunction;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.chinaauto.testing.BulkLoads;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Loads at scale through the streamed pipeline: synthetic batches (publishers SYN...), generated as they are sent.
 * Each test has its own publishers, so that tests do not see each other's figures.
 */
@QuarkusTest
class BulkScaleTest {

    /** Twenty countries, for breakdowns with many parts. */
    static final List<String> COUNTRIES = List.of("DE", "FR", "IT", "ES", "GB", "RU", "MX", "BR", "AU", "SA", "AE", "TR",
            "TH", "MY", "ID", "PH", "VN", "CL", "PE", "KZ");

    @Inject
    DataSource db;

    static ValidatableResponse load(InputStream csv) {
        return Editing.post("/api/figures", "text/csv", csv);
    }

    /** Row i: the world total of breakdown i / 2 when i is even, Germany's figure when odd. */
    static SyntheticCsv worldAndGermany(String prefix, int rows, IntFunction<String> world,
            IntFunction<String> germany) {
        return new SyntheticCsv(rows, i -> i % 2 == 0 ? row(prefix, i / 2, 1000, "WORLD", world.apply(i))
                : row(prefix, i / 2, 1000, "DE", germany.apply(i)));
    }

    @Test
    void aHundredThousandRowsLoadReloadUnchangedAndReviseASubset() throws Exception {
        int rows = 100_000;
        // 50,000 breakdowns of a world total and Germany's part, each checked against the other
        BulkLoads.assertReloadedUnchangedAndRevisedInATenth("/api/figures", rows,
                () -> worldAndGermany("SYNX", rows, i -> Integer.toString(1_000_000 + i), i -> Integer.toString(1000 + i)),
                // every tenth figure (a world total) revised, the other world totals written as 1234.000, which is the
                // same number and so unchanged
                () -> worldAndGermany("SYNX", rows,
                        i -> i % 10 == 0 ? Integer.toString(2_000_000 + i) : (1_000_000 + i) + ".000",
                        i -> Integer.toString(1000 + i)));

        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNX%' AND superseded_at IS NULL"))
                .isEqualTo(rows);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNX%'")).isEqualTo(rows + rows / 10);
        given().queryParam("powertrain", "all").queryParam("destination", "WORLD").queryParam("publisher", "SYNX001")
                .queryParam("definition", "syn-def").queryParam("period", "1901-01").get("/api/figures/history").then()
                .statusCode(200).body("value", contains(1_000_000, 2_000_000))
                .body("[0].superseded_at", notNullValue());
        // the bundled dataset is untouched
        given().queryParam("publisher", "GACC").get("/api/figures").then().body("items", hasSize(6));
    }

    @Test
    void anInvalidRowDeepInALargeBatchWritesNothingAndNamesItsLine() throws Exception {
        int bad = 41_234;
        BulkLoads.assertRefusedForOneField(
                load(SyntheticCsv.figures("SYNBAD", 50_000, 1000, "DE", i -> i == bad ? "-7" : Integer.toString(i))),
                bad + 2, "value", "must not be negative");
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNBAD%'")).isZero();
    }

    @Test
    void pastAThousandErrorsTheFirstThousandAreListedWithTheTotal() throws Exception {
        BulkLoads.assertTheFirstThousandErrorsAreListed(load(SyntheticCsv.figures("SYNERR", 1500, 1000, "DE", i -> "lots")),
                1500, 2);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNERR%'")).isZero();
    }

    @Test
    void aFigureTwiceInOneBatchNamesBothLines() throws Exception {
        BulkLoads.assertAFigureTwiceNamesBothLines("/api/figures", HEADER,
                row("SYNDUP", 0, 1000, "DE", "1"),
                row("SYNDUP", 1, 1000, "DE", "2"),
                row("SYNDUP", 0, 1000, "de", "3"),        // the figure of line 2 (codes in any case)
                row("SYNDUP", 1, 1000, "DE", "2"));       // the figure of line 3, same value
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNDUP%'")).isZero();
    }

    @Test
    void aBreakdownAboveItsWorldTotalDeepInALargeBatchIsRejected() throws Exception {
        // 30,000 breakdowns of a world total 1000 and Germany 400; one Germany is 1001 (breakdown 20,617: the 618th
        // month of SYNOVER021)
        int bad = 41_235;
        load(worldAndGermany("SYNOVER", 60_000, i -> "1000", i -> i == bad ? "1001" : "400")).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("A destination breakdown exceeds its world total; nothing was written"))
                .body("errors.line", contains(bad + 1, bad + 2, bad + 2))
                .body("errors.field", everyItem(equalTo("value")))
                .body("errors[1].message", equalTo("destination DE (1001) exceeds the WORLD total 1000 (at most 1000) "
                        + "at line " + (bad + 1) + " for 1952-06, all, SYNOVER021, syn-def"))
                .body("errors[2].message", containsString("the country values for 1952-06, all, SYNOVER021, syn-def "
                        + "add up to at least 1001, more than the WORLD total 1000"));
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNOVER%'")).isZero();
    }

    @Test
    void aLargeBatchOfCountriesIsCheckedAgainstTheStoredWorldTotals() throws Exception {
        // 1000 stored world totals of 1000; then 20 countries of each: 50 each adds up to exactly 1000, accepted
        load(SyntheticCsv.figures("SYNSUM", 1000, 1000, "WORLD", i -> "1000")).statusCode(200)
                .body("inserted", equalTo(1000));
        int over = 777;
        load(new SyntheticCsv(20_000, i -> row("SYNSUM", i / 20, 1000, COUNTRIES.get(i % 20), i / 20 == over ? "51" : "50")))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("exceeds its world total"))
                .body("errors", hasSize(20)).body("errors[0].line", equalTo(over * 20 + 2))
                .body("errors.message", everyItem(containsString("add up to at least 1020, more than the WORLD total "
                        + "1000 (at most 1000) already stored (figure ")));
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNSUM%' AND destination <> 'WORLD'")).isZero();
        load(new SyntheticCsv(20_000, i -> row("SYNSUM", i / 20, 1000, COUNTRIES.get(i % 20), "50"))).statusCode(200)
                .body("inserted", equalTo(20_000));
        // a world total lowered below its stored countries is rejected too
        ExportsTestSupport.loadCsv(HEADER + row("SYNSUM", over, 1000, "WORLD", "999")).statusCode(400)
                .body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("add up to at least 1000"));
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheLimitToo() throws Exception {
        // sent chunked, so that only the streamed count can stop it: over the test profile's 16 MiB
        BulkLoads.assertCutOffWithoutALength("/api/figures",
                () -> SyntheticCsv.figures("SYNBIG", 500_000, 1000, "DE", i -> Integer.toString(i)));
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNBIG%'")).isZero();
    }

    @Test
    void concurrentOverlappingLoadsBothSucceedWithOneCurrentVersionPerFigure() throws Exception {
        // A: rows 0..29,999; B: rows 15,000..44,999 with other values; 15,000 figures in both
        InputStream a = SyntheticCsv.figures("SYNC", 30_000, 1000, "DE", Integer::toString);
        InputStream b = new SyntheticCsv(30_000, i -> row("SYNC", i + 15_000, 1000, "DE", Integer.toString(i + 15_001)));
        // whichever came second revised the 15,000 figures they share
        BulkLoads.assertOverlappingLoadsBothSucceed(() -> load(a), () -> load(b), 30_000, 15_000);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNC%' AND superseded_at IS NULL"))
                .isEqualTo(45_000);
        assertThat(count(db, "SELECT count(*) FROM (SELECT 1 FROM figure WHERE publisher LIKE 'SYNC%' AND superseded_at IS NULL "
                + "GROUP BY powertrain, destination, publisher, definition, period_start, period_end HAVING count(*) > 1) d"))
                .isZero();
    }

    @Test
    void ofTwoConcurrentLoadsThatTogetherExceedTheWorldTotalsTheSecondIsRejected() throws Exception {
        // world totals of 1000 and, in the other load, Germany at 1200 for the same 10,000 breakdowns: each is valid
        // alone, whichever is checked second sees the other's figures
        InputStream world = SyntheticCsv.figures("SYNRACE", 10_000, 1000, "WORLD", i -> "1000");
        InputStream germany = SyntheticCsv.figures("SYNRACE", 10_000, 1000, "DE", i -> "1200");
        List<Integer> statuses = BulkLoads.concurrently(List.of(() -> load(world), () -> load(germany))).stream()
                .map(r -> r.extract().statusCode()).toList();
        assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        assertThat(count(db, "SELECT count(*) FROM figure WHERE publisher LIKE 'SYNRACE%'")).isEqualTo(10_000);
        assertThat(count(db, "SELECT count(DISTINCT destination) FROM figure WHERE publisher LIKE 'SYNRACE%'")).isEqualTo(1);
    }
}
