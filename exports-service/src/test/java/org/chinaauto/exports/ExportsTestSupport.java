package org.chinaauto.exports;

import static io.restassured.RestAssured.given;

import org.chinaauto.local.PostgresTestResource;

import io.restassured.response.ValidatableResponse;

/** Loads and tokens shared by the exports-service tests. */
final class ExportsTestSupport {

    static final String HEADER = "powertrain,destination,period,publisher,definition,value,qualifier,precision,stated_as,"
            + "rank,reported_yoy_pct,reported_yoy_qualifier,definition_note,published,source,notes\n";

    private ExportsTestSupport() {
    }

    /** A CSV row with only the identity and the value (or rank) filled in. */
    static String row(String powertrain, String destination, String period, String publisher, String definition,
            Object value, Object rank) {
        return String.join(",", powertrain, destination, period, publisher, definition, value == null ? "" : value.toString(),
                "", "", "", rank == null ? "" : rank.toString(), "", "", "", "", "", "") + "\n";
    }

    static String editor() {
        return PostgresTestResource.tokens().editor();
    }

    static String reader() {
        return PostgresTestResource.tokens().reader();
    }

    static ValidatableResponse loadCsv(String csv) {
        return given().auth().oauth2(editor()).contentType("text/csv").body(csv).post("/api/figures").then();
    }

    static ValidatableResponse loadJson(String json) {
        return given().auth().oauth2(editor()).contentType("application/json").body(json).post("/api/figures").then();
    }

    static long count(String publisher) {
        return given().queryParam("publisher", publisher).get("/api/figures").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
