package org.chinaauto.market;

import static io.restassured.RestAssured.given;

import org.chinaauto.local.PostgresTestResource;

import io.restassured.response.ValidatableResponse;

/** Loads and tokens shared by the market-service tests. */
final class MarketTestSupport {

    /** The load format's columns, as a CSV download has them. */
    static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
            + "reported_yoy_qualifier,definition,published,source,attribution,attribution_note,notes\n";
    /** Empty cells for every column after value. */
    static final String REST = ",,,,,,,,,,,";

    private MarketTestSupport() {
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
}
