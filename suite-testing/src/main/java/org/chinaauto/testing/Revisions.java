package org.chinaauto.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.function.Supplier;

import io.restassured.response.ValidatableResponse;

/**
 * A figure revised, as a data service's history read shows it: once, in two versions, the first superseded by the
 * second, which is current, and reads as of each load seeing what was known then; or by a change of its provenance
 * alone (the report it cites, how its publisher is attributed).
 */
public final class Revisions {

    private Revisions() {
    }

    /**
     * The {@code history} answer has two versions of the figure, whose {@code field} is {@code before} then
     * {@code after}, the first superseded and the second not.
     *
     * @return when each version was loaded, for reads as of then
     */
    public static List<String> assertRevisedOnce(ValidatableResponse history, String field, Object before, Object after) {
        return history.statusCode(200).body("", hasSize(2)).body(field, contains(before, after))
                .body("[0].superseded_at", notNullValue()).body("[1].superseded_at", nullValue()).extract()
                .path("loaded_at");
    }

    /**
     * The items {@code read} lists for {@code param=value}: {@code after} now and as of the second load, {@code before}
     * as of the first, none as of 2000 (before either was loaded).
     */
    public static void assertAsOfSeesWhatWasKnown(String read, String param, String value, List<String> loadedAt,
            Object before, Object after) {
        given().queryParam(param, value).get(read).then().body("items.value", contains(after));
        given().queryParam(param, value).queryParam("asOf", loadedAt.get(0)).get(read).then()
                .body("items.value", contains(before));
        given().queryParam(param, value).queryParam("asOf", loadedAt.get(1)).get(read).then()
                .body("items.value", contains(after));
        given().queryParam(param, value).queryParam("asOf", "2000-01-01").get(read).then().body("items", hasSize(0));
    }

    /** A CSV load of one figure, citing {@code source}, its publisher attributed as {@code attribution} says. */
    @FunctionalInterface
    public interface CitedLoad {
        /**
         * @param attribution {@code inferred}, or empty for a publisher the report names
         * @param attributionNote why the publisher is inferred, or empty
         */
        String csv(String source, String attribution, String attributionNote);
    }

    /**
     * The same figure posted to {@code path} citing a first report, then a corrected one, then with its publisher
     * attributed by inference: the first load inserts it, each later one revises it, and its {@code history} lists the
     * three versions' sources and attributions.
     *
     * @return the history, for the service's own checks
     */
    public static ValidatableResponse assertAChangedProvenanceIsARevision(String path, CitedLoad figure,
            Supplier<ValidatableResponse> history) {
        Editing.post(path, "text/csv", figure.csv("first report", "", "")).statusCode(200)
                .body("inserted", equalTo(1));
        Editing.post(path, "text/csv", figure.csv("corrected report", "", "")).statusCode(200)
                .body("revised", equalTo(1));
        Editing.post(path, "text/csv", figure.csv("corrected report", "inferred", "The report names no source"))
                .statusCode(200).body("revised", equalTo(1));
        return history.get().body("source", contains("first report", "corrected report", "corrected report"))
                .body("attribution", contains("named", "named", "inferred"));
    }
}
