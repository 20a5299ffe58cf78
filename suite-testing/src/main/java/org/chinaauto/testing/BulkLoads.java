package org.chinaauto.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.hamcrest.Matcher;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Loads of figures as every data service's tests make them: the answer's counts of received, inserted, revised and
 * unchanged rows, loads again and revised, batches refused as a whole (for one bad field, past a thousand, for a
 * figure twice, as malformed CSV or JSON), a body over the service's limit, one sent without a length, loads sent at
 * the same time, and counts of rows in the service's database.
 */
public final class BulkLoads {

    private BulkLoads() {
    }

    /** A load's answer: how many rows it received, and how many it inserted, revised and left unchanged. */
    public static Matcher<Map<? extends String, ?>> loadCounts(int received, int inserted, int revised, int unchanged) {
        return allOf(hasEntry("received", received), hasEntry("inserted", inserted), hasEntry("revised", revised),
                hasEntry("unchanged", unchanged));
    }

    /**
     * A load refused as a whole for one bad field: a 400 problem saying nothing was written, whose only error is
     * {@code message} about {@code field} at {@code line}.
     *
     * @return the answer, for the service's own checks
     */
    public static ValidatableResponse assertRefusedForOneField(ValidatableResponse answer, int line, String field,
            String message) {
        return answer.statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was written")).body("errors", hasSize(1))
                .body("errors[0].line", equalTo(line)).body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    /**
     * A load with {@code total} bad fields, more than a thousand, refused as a 400 problem that lists the first
     * thousand, from {@code firstLine} on, one a line, and says how many there were in all.
     *
     * @return the answer, for the service's own checks
     */
    public static ValidatableResponse assertTheFirstThousandErrorsAreListed(ValidatableResponse answer, int total,
            int firstLine) {
        return answer.statusCode(400).contentType("application/problem+json").body("errors", hasSize(1000))
                .body("errors[0].line", equalTo(firstLine)).body("errors[999].line", equalTo(firstLine + 999))
                .body("detail", containsString(total + " invalid field(s)"))
                .body("detail", containsString("the first 1000 are listed"));
    }

    /**
     * {@code header} and four rows posted to {@code path}, the third the figure of the first (written otherwise) and
     * the fourth the figure of the second: refused as a 400 problem with two errors, the period at line 4 naming line
     * 2 and line 5 naming line 3.
     *
     * @return the answer, for the service's own checks
     */
    public static ValidatableResponse assertAFigureTwiceNamesBothLines(String path, String header, String first,
            String second, String firstAgain, String secondAgain) {
        return Editing.post(path, "text/csv", header + first + second + firstAgain + secondAgain).statusCode(400)
                .contentType("application/problem+json").body("errors", hasSize(2))
                .body("errors[0].line", equalTo(4)).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("already appears at line 2"))
                .body("errors[1].line", equalTo(5)).body("errors[1].message", containsString("line 3"));
    }

    /**
     * {@code json}, a JSON load of one new figure, posted to {@code path} twice and then as {@code revised}, the same
     * figure with another value: inserted, then unchanged, then revised.
     */
    public static void assertAJsonLoadInsertsThenChangesNothingThenRevises(String path, String json, String revised) {
        Editing.post(path, "application/json", json).statusCode(200).body("inserted", equalTo(1));
        Editing.post(path, "application/json", json).statusCode(200).body("unchanged", equalTo(1));
        Editing.post(path, "application/json", revised).statusCode(200).body("revised", equalTo(1));
    }

    /**
     * JSON bodies posted to {@code path} that cannot be read as loads are 400 problems: an item with an unknown field
     * names it, a body cut short says the JSON is malformed, and an object that is not a load is refused. Each item
     * starts with {@code firstField}, e.g. {@code "measure":"sales"}.
     */
    public static void assertBadJsonIsAProblem(String path, String firstField) {
        Editing.post(path, "application/json", "[{" + firstField + ",\"colour\":\"red\"}]").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("colour"));
        Editing.post(path, "application/json", "[{" + firstField + ",").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Malformed JSON"));
        Editing.post(path, "application/json", "{" + firstField + "}").statusCode(400)
                .contentType("application/problem+json");
    }

    /** {@code csv}, over the service's limit on a body's length, posted to {@code path} is refused as a 413 problem. */
    public static void assertTooLargeABodyIsRefused(String path, String csv) {
        Editing.post(path, "text/csv", csv).statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("Body too large"));
    }

    /**
     * CSV bodies that cannot be read as loads, posted to {@code path}, are 400 problems: {@code header} and
     * {@code row} (a line of its own) followed by an unterminated quote says the CSV is malformed, {@code header} and
     * a row cut short ({@code shortRow}, a line of its own) names line 2, and an empty body is refused.
     */
    public static void assertMalformedCsvIsAProblem(String path, String header, String row, String shortRow) {
        Editing.post(path, "text/csv", header + row + "\"unterminated,x\n").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Malformed CSV"));
        Editing.post(path, "text/csv", header + shortRow).statusCode(400).body("errors[0].line", equalTo(2));
        Editing.post(path, "text/csv", "").statusCode(400).contentType("application/problem+json");
    }

    /**
     * {@code csv}, a load of {@code rows} new figures, posted twice to {@code path}: the first inserts them all, the
     * second changes nothing.
     */
    public static void assertTheSameLoadTwiceChangesNothingTheSecondTime(String path, String csv, int rows) {
        Editing.post(path, "text/csv", csv).statusCode(200).body("received", equalTo(rows))
                .body("inserted", equalTo(rows));
        Editing.post(path, "text/csv", csv).statusCode(200).body("inserted", equalTo(0)).body("revised", equalTo(0))
                .body("unchanged", equalTo(rows));
    }

    /** The single number {@code query} selects from the service's database, e.g. a {@code count(*)}. */
    public static long count(DataSource db, String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A CSV body of {@code header} and as many rows ({@code row(0)}, {@code row(1)}, ...) as make it over {@code mebibytes}. */
    public static String csvOver(int mebibytes, String header, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; csv.length() <= mebibytes * 1024 * 1024; i++) {
            csv.append(row.apply(i));
        }
        return csv.toString();
    }

    /**
     * {@code csv} posted to {@code path} on the service under test as the editor without a length (chunked, so that
     * only the service's streamed count can stop it) is answered 413 as a problem.
     *
     * @return the answer, for the service's own checks
     */
    public static HttpResponse<String> assertCutOffWithoutALength(String path, Supplier<InputStream> csv)
            throws Exception {
        String root = RestAssured.basePath == null ? "" : RestAssured.basePath.replaceAll("/+$", "");
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + root + path);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Editing.editor())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return response;
    }

    /**
     * A streamed batch of {@code rows} new figures posted to {@code path} is inserted, the same batch again leaves
     * them unchanged, and {@code revisedBatch}, in which every tenth figure has another value and the others are
     * written otherwise (1234.000 for 1234), revises that tenth and leaves the rest unchanged.
     */
    public static void assertReloadedUnchangedAndRevisedInATenth(String path, int rows, Supplier<InputStream> batch,
            Supplier<InputStream> revisedBatch) {
        Editing.post(path, "text/csv", batch.get()).statusCode(200).body("", loadCounts(rows, rows, 0, 0));
        Editing.post(path, "text/csv", batch.get()).statusCode(200).body("", loadCounts(rows, 0, 0, rows));
        Editing.post(path, "text/csv", revisedBatch.get()).statusCode(200)
                .body("", loadCounts(rows, 0, rows / 10, rows - rows / 10));
    }

    /**
     * Two loads of {@code rows} rows each, sharing {@code shared} figures, sent at the same time: both succeed, and
     * whichever came second revised the figures they share.
     */
    public static void assertOverlappingLoadsBothSucceed(Callable<ValidatableResponse> a, Callable<ValidatableResponse> b,
            int rows, int shared) throws Exception {
        int inserted = 0;
        int revised = 0;
        for (ValidatableResponse r : concurrently(List.of(a, b))) {
            r.statusCode(200).body("received", equalTo(rows));
            inserted += r.extract().jsonPath().getInt("inserted");
            revised += r.extract().jsonPath().getInt("revised");
        }
        assertThat(inserted).isEqualTo(2 * rows - shared);
        assertThat(revised).isEqualTo(shared);
    }

    /** The answers of {@code loads}, sent at the same time, in their order. */
    public static List<ValidatableResponse> concurrently(List<Callable<ValidatableResponse>> loads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(loads.size());
        try {
            List<ValidatableResponse> responses = new ArrayList<>();
            for (Future<ValidatableResponse> load : pool.invokeAll(loads)) {
                responses.add(load.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
