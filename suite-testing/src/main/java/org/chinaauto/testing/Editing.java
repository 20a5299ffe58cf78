package org.chinaauto.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;

import org.chinaauto.local.PostgresTestResource;

import io.restassured.response.ValidatableResponse;

/**
 * A data service's writes as its tests send them: the test database's editor and reader tokens, a body posted as
 * the editor, the check that only an editor may load figures, and the round trip of a CSV download.
 */
public final class Editing {

    private Editing() {
    }

    /** The token of a user who may load figures. */
    public static String editor() {
        return PostgresTestResource.tokens().editor();
    }

    /** The token of a user who may only read. */
    public static String reader() {
        return PostgresTestResource.tokens().reader();
    }

    /** {@code body} posted to {@code path} as the editor. */
    public static ValidatableResponse post(String path, String contentType, String body) {
        return given().auth().oauth2(editor()).contentType(contentType).body(body).post(path).then();
    }

    /** A streamed body posted to {@code path} as the editor, sent as it is generated. */
    public static ValidatableResponse post(String path, String contentType, InputStream body) {
        return given().auth().oauth2(editor()).contentType(contentType).body(body).post(path).then();
    }

    /**
     * How many items the read {@code path} lists for {@code publisher} (all of them on one page of up to 1000).
     */
    public static long count(String path, String publisher) {
        return given().queryParam("publisher", publisher).queryParam("size", 1000).get(path).then().statusCode(200)
                .body("has_more", equalTo(false)).extract().jsonPath().getList("items").size();
    }

    /**
     * A CSV load of {@code csv} to {@code path} is refused without a token (401, saying Bearer) and to a reader (403),
     * both as problems.
     */
    public static void assertOnlyAnEditorMayLoad(String path, String csv) {
        given().contentType("text/csv").body(csv).post(path).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(reader()).contentType("text/csv").body(csv).post(path).then().statusCode(403)
                .contentType("application/problem+json");
    }

    /** A CSV load of {@code csv} to {@code path} with a token no issuer signed is refused (401) as a problem. */
    public static void assertABadTokenMayNotLoad(String path, String csv) {
        given().auth().oauth2("not-a-token").contentType("text/csv").body(csv).post(path).then().statusCode(401)
                .contentType("application/problem+json");
    }

    /**
     * The CSV download of everything {@code path} lists starts with {@code header} and has at least {@code atLeast}
     * rows; loaded back, every row is unchanged, and a second download is the same to the letter.
     *
     * @return the download, for checks of the service's own rows
     */
    public static String assertACsvDownloadLoadsBackUnchanged(String path, String header, long atLeast) {
        String download = given().accept("text/csv").queryParam("size", 1000).get(path).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(download.lines().findFirst()).contains(header);
        long rows = download.lines().count() - 1;
        assertThat(rows).isGreaterThanOrEqualTo(atLeast);
        post(path, "text/csv", download).statusCode(200).body("received", equalTo((int) rows))
                .body("inserted", equalTo(0)).body("revised", equalTo(0)).body("unchanged", equalTo((int) rows));
        String again = given().accept("text/csv").queryParam("size", 1000).get(path).then().extract().asString();
        assertThat(again).isEqualTo(download);
        return download;
    }

    /** An XML body posted to {@code path} as the editor is a 415 problem. */
    public static void assertXmlIsUnsupported(String path) {
        given().auth().oauth2(editor()).contentType("application/xml").body("<x/>").post(path).then().statusCode(415)
                .contentType("application/problem+json");
    }
}
