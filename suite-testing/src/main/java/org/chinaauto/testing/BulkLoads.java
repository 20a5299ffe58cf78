package org.chinaauto.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;

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

import io.restassured.response.ValidatableResponse;

/**
 * Loads of figures at scale as every data service's tests make them: the answer's counts of received, inserted,
 * revised and unchanged rows, a body over the service's limit, one sent without a length, loads sent at the same
 * time, and counts of rows in the service's database.
 */
public final class BulkLoads {

    private BulkLoads() {
    }

    /** A load's answer: how many rows it received, and how many it inserted, revised and left unchanged. */
    public static Matcher<Map<? extends String, ?>> loadCounts(int received, int inserted, int revised, int unchanged) {
        return allOf(hasEntry("received", received), hasEntry("inserted", inserted), hasEntry("revised", revised),
                hasEntry("unchanged", unchanged));
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
     * {@code csv} posted to {@code uri} as the editor without a length (chunked, so that only the service's streamed
     * count can stop it) is answered 413 as a problem.
     *
     * @return the answer, for the service's own checks
     */
    public static HttpResponse<String> assertCutOffWithoutALength(URI uri, Supplier<InputStream> csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Editing.editor())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return response;
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
