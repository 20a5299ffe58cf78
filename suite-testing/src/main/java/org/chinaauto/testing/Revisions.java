package org.chinaauto.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import io.restassured.response.ValidatableResponse;

/**
 * A figure revised once, as a data service's history read shows it: two versions, the first superseded by the second,
 * which is current, and reads as of each load seeing what was known then.
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
}
