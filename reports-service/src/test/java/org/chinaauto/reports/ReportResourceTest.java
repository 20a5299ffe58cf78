package org.chinaauto.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinaauto.local.PostgresTestResource;
import org.chinaauto.testing.Editing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A report from submission to loaded figures, and every kind of bad submission answered without storing anything. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(DataServices.class)
class ReportResourceTest {

    /**
     * A synthetic article: a brand of the catalogue, a market figure credited to a body the suite does not know, a
     * Chinese figure credited to no one.
     */
    static final String TEXT = """
            SYN Volt delivered 12,345 vehicles in March 2031, a 20% increase year-on-year, its best month so far.
            Across the industry, production of new energy vehicles reached nearly 2.5 million units in the first \
            quarter of 2031, the SYN association said.
            合成市场1-3月汽车出口超过150万辆。""";

    @BeforeEach
    void servicesAnswer() {
        DataServices.answerAsUsual();
    }

    @Test
    void aReportIsProposedReviewedAndLoadedOnceWithItsSentences() {
        JsonPath report = submit("SYN report " + System.nanoTime(), TEXT + " " + System.nanoTime()).statusCode(201)
                .header("Location", containsString("/api/reports/")).extract().jsonPath();
        long id = report.getLong("id");
        String text = report.getString("text");
        List<Map<String, Object>> figures = report.getList("figures");
        assertThat(figures).extracting(f -> f.get("stated_as")).contains("12,345 vehicles", "20%",
                "nearly 2.5 million units", "超过150万辆");
        for (Map<String, Object> f : figures) {
            // every quote is the text between its offsets, and holds the figure's own words at theirs
            assertThat(text.substring((int) f.get("start"), (int) f.get("end"))).isEqualTo(f.get("quote"));
            assertThat(text.substring((int) f.get("stated_start"), (int) f.get("stated_end")))
                    .isEqualTo(f.get("stated_as"));
        }
        Map<String, Object> volt = figure(figures, "12,345 vehicles");
        assertThat(volt).containsEntry("measure", "deliveries").containsEntry("subject", "syn-volt")
                .containsEntry("subject_kind", "brand").containsEntry("period", "2031-03")
                .containsEntry("publisher", "SYN-ALLIANCE").containsEntry("attribution", "inferred")
                .containsEntry("value", 12345).containsEntry("service", "deliveries")
                .containsEntry("review", "proposed");
        assertThat(((Number) volt.get("yoy_pct")).doubleValue()).isEqualTo(20.0);
        Map<String, Object> nev = figure(figures, "nearly 2.5 million units");
        assertThat(nev).containsEntry("measure", "production").containsEntry("segment", "nev")
                .containsEntry("period", "2031-Q1").containsEntry("qualifier", "nearly").containsEntry("low", 2400000)
                .containsEntry("high", 2500000).containsEntry("publisher", null).containsEntry("service", "market");
        assertThat((String) nev.get("reason")).contains("no publisher");
        Map<String, Object> exports = figure(figures, "超过150万辆");
        assertThat(exports).containsEntry("measure", "exports").containsEntry("period", "2031-Q1")
                .containsEntry("qualifier", "over").containsEntry("low", 1500000)
                .containsEntry("publisher", "CAAM").containsEntry("attribution", "inferred");
        assertThat((String) exports.get("reason")).contains("names no publisher", "CAAM publishes China's");

        // a review is read back at once, however often the figure was read before it
        String voltPath = "/api/reports/" + id + "/figures/" + volt.get("number");
        given().get(voltPath).then().statusCode(200).body("review", equalTo("proposed"));
        patch(id, volt, Map.of("review", "accepted")).statusCode(200).body("review", equalTo("accepted"));
        given().get(voltPath).then().statusCode(200).body("review", equalTo("accepted"));
        given().get("/api/reports/" + id).then().statusCode(200)
                .body("figures.find { it.number == " + volt.get("number") + " }.review", equalTo("accepted"));

        // an accepted figure without a publisher cannot be loaded: nothing is
        patch(id, nev, Map.of("review", "accepted")).statusCode(200);
        Editing.post("/api/reports/" + id + "/load", "application/json", "").statusCode(409)
                .contentType("application/problem+json").body("errors[0].message", containsString("no publisher"));
        DataServices.server.verify(0, postRequestedFor(urlPathEqualTo("/api/deliveries")));

        patch(id, nev, Map.of("publisher", "SYN-CAAM", "attribution", "named")).statusCode(200)
                .body("publisher", equalTo("SYN-CAAM"));
        Editing.post("/api/reports/" + id + "/load", "application/json", "").statusCode(200)
                .body("services", hasSize(2)).body("services.outcome", equalTo(List.of("loaded", "loaded")))
                .body("loaded_at", notNullValue());
        DataServices.server.verify(1, postRequestedFor(urlPathEqualTo("/api/deliveries"))
                .withHeader("Authorization", containing("Bearer "))
                .withRequestBody(containing("syn-volt,2031-03,SYN-ALLIANCE,12,345 vehicles".replace("12,345 vehicles",
                        "\"12,345 vehicles\"")))
                .withRequestBody(containing(", report " + id + "\"," + id + ",")));
        DataServices.server.verify(1, postRequestedFor(urlPathEqualTo("/api/figures"))
                .withRequestBody(containing("production,nev,2031-Q1,SYN-CAAM,\"nearly 2.5 million units\"")));

        // loading again changes nothing, and a loaded report's figures are no longer edited here
        Editing.post("/api/reports/" + id + "/load", "application/json", "").statusCode(200)
                .body("services.outcome", equalTo(List.of("already_loaded", "already_loaded")));
        DataServices.server.verify(1, postRequestedFor(urlPathEqualTo("/api/deliveries")));
        patch(id, volt, Map.of("review", "rejected")).statusCode(409);

        // the figures as the services' load CSVs
        String csv = given().get("/api/reports/" + id + "/loads/deliveries").then().statusCode(200).extract()
                .asString();
        assertThat(csv).startsWith("subject,period,publisher,stated_as,status,stated_yoy_pct,published")
                .contains("syn-volt,2031-03,SYN-ALLIANCE").contains("SYN Volt delivered 12,345 vehicles");
    }

    @Test
    void theSameTextSubmittedTwiceIsTheSameReport() {
        String text = "SYN Solo delivered 4,321 vehicles in May 2031. " + System.nanoTime();
        long first = submit("SYN twice", text).statusCode(201).extract().jsonPath().getLong("id");
        submit("SYN twice, again", text).statusCode(200).body("id", equalTo((int) first))
                .body("title", equalTo("SYN twice"));
    }

    @Test
    void htmlLosesItsTagsAndTheirNumbers() {
        String html = "<html><head><style>p{width:300px}</style></head><body><p class=\"c2031\" data-id=\"998877\">"
                + "SYN Solo delivered <b>8,765</b> vehicles in June 2031 &amp; more.</p><script>var x = 123456;"
                + "</script></body></html>" + System.nanoTime();
        JsonPath report = submit("SYN html", html).statusCode(201).extract().jsonPath();
        assertThat(report.getString("text")).startsWith("SYN Solo delivered 8,765 vehicles in June 2031 & more.")
                .doesNotContain("<").doesNotContain("998877").doesNotContain("123456");
        assertThat(report.getList("figures.stated_as", String.class)).containsExactly("8,765 vehicles");
    }

    @Test
    void aTextWithNoFiguresIsStoredWithNone() {
        submit("SYN none", "Nothing was counted in this synthetic note " + System.nanoTime() + ".").statusCode(201)
                .body("figures", hasSize(0));
    }

    @Test
    void badSubmissionsAreProblemsAndStoreNothing() {
        int before = given().get("/api/reports").then().statusCode(200).extract().jsonPath().getList("$").size();
        submit("SYN empty", "   ").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        Editing.post("/api/reports", "application/json", "{\"title\": \"SYN no date\", \"text\": \"1,234 units\"}")
                .statusCode(400).body("errors[0].field", equalTo("published"));
        given().auth().oauth2(Editing.editor()).contentType("text/plain")
                .body("SYN Solo delivered 1,234 vehicles".getBytes(StandardCharsets.UTF_16))
                .queryParam("title", "SYN utf16").queryParam("published", "2031-06").post("/api/reports").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        given().auth().oauth2(Editing.editor()).contentType("text/plain")
                .body(new byte[] { 'S', 'Y', 'N', ' ', (byte) 0xC3, (byte) 0x28, ' ', '1', '2', '3', '4' })
                .queryParam("title", "SYN latin").queryParam("published", "2031-06").post("/api/reports").then()
                .statusCode(400).body("detail", containsString("UTF-8"));
        given().auth().oauth2(Editing.editor()).contentType("text/plain").body(new byte[2_100_000])
                .queryParam("title", "SYN large").queryParam("published", "2031-06").post("/api/reports").then()
                .statusCode(413).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("title", "SYN anonymous", "published", "2031-06",
                "text", "1,234 units")).post("/api/reports").then().statusCode(401);
        given().auth().oauth2(Editing.reader()).contentType("application/json").body(Map.of("title", "SYN reader",
                "published", "2031-06", "text", "1,234 units")).post("/api/reports").then().statusCode(403);
        assertThat(given().get("/api/reports").then().extract().jsonPath().getList("$")).hasSize(before);
    }

    /**
     * What BadInputIT found: a NUL character (no text column holds one) and a reference to no character were 500s;
     * 30 February, a reversed period and the year 1 were stored; a misspelt member or a number for a review was a 200
     * (the number picked a constant).
     */
    @Test
    void nulCharactersImpossibleDaysUnknownMembersAndNumberedConstantsAreRefused() {
        int before = given().get("/api/reports").then().statusCode(200).extract().jsonPath().getList("$").size();
        Editing.post("/api/reports", "application/json", "{\"title\": \"SYN\\u0000nul\", \"published\": \"2031-06\", "
                + "\"text\": \"1,234 units\"}").statusCode(400).body("errors[0].field", equalTo("title"));
        Editing.post("/api/reports", "application/json", "{\"title\": \"SYN nul\", \"published\": \"2031-06\", "
                + "\"text\": \"1,234\\u0000 units\"}").statusCode(400).body("errors[0].field", equalTo("text"));
        Editing.post("/api/reports", "application/json", "{\"title\": \"SYN day\", \"published\": \"2031-02-30\", "
                + "\"text\": \"1,234 units\"}").statusCode(400).body("errors[0].field", equalTo("published"));
        Editing.post("/api/reports", "application/json", "{\"title\": \"SYN colour\", \"published\": \"2031-06\", "
                + "\"text\": \"1,234 units\", \"colour\": \"red\"}").statusCode(400)
                .contentType("application/problem+json");
        assertThat(given().get("/api/reports").then().extract().jsonPath().getList("$")).hasSize(before);

        JsonPath report = submit("SYN references", "<p>SYN Volt delivered 4,321 vehicles in May 2031 &#0;&#9999999;"
                + "&#xD800; " + System.nanoTime() + "</p>").statusCode(201).extract().jsonPath();
        assertThat(report.getString("text")).contains("\uFFFD\uFFFD\uFFFD");
        long id = report.getLong("id");
        Map<String, Object> figure = figure(report.getList("figures"), "4,321 vehicles");
        patch(id, figure, Map.of("review", 1)).statusCode(400);
        patch(id, figure, Map.of("reveiw", "accepted")).statusCode(400);
        patch(id, figure, Map.of("subject", "SYN\u0000nul")).statusCode(400).body("errors[0].field", equalTo("subject"));
        patch(id, figure, Map.of("period", "2031-11/2031-01")).statusCode(400).body("errors[0].field", equalTo("period"));
        patch(id, figure, Map.of("period", "0001-01")).statusCode(400).body("errors[0].field", equalTo("period"));
        given().get("/api/reports/" + id + "/figures/" + figure.get("number")).then().statusCode(200)
                .body("review", equalTo("proposed"));
    }

    @Test
    void aServiceThatCannotBeReachedIsA503AndTheLoadResumesLater() {
        JsonPath report = submit("SYN down", "SYN-CAAM said production reached 3.5 million units in the first "
                + "quarter of 2032, and SYN Solo delivered 2,222 vehicles in March 2032. " + System.nanoTime())
                .statusCode(201).extract().jsonPath();
        long id = report.getLong("id");
        List<Map<String, Object>> figures = report.getList("figures");
        patch(id, figure(figures, "3.5 million units"), Map.of("review", "accepted", "publisher", "SYN-CAAM"))
                .statusCode(200);
        patch(id, figure(figures, "2,222 vehicles"), Map.of("review", "accepted")).statusCode(200);
        DataServices.marketDown();
        Editing.post("/api/reports/" + id + "/load", "application/json", "").statusCode(503)
                .header("Retry-After", notNullValue()).contentType("application/problem+json");
        DataServices.answerAsUsual();
        Editing.post("/api/reports/" + id + "/load", "application/json", "").statusCode(200)
                .body("services.find { it.service == 'market' }.outcome", equalTo("loaded"));
    }

    private static io.restassured.response.ValidatableResponse submit(String title, String text) {
        return given().auth().oauth2(Editing.editor()).contentType("application/json")
                .body(Map.of("title", title, "outlet", "SYN Wire", "published", "2031-04", "text", text))
                .post("/api/reports").then();
    }

    private static io.restassured.response.ValidatableResponse patch(long id, Map<String, Object> figure,
            Map<String, Object> edit) {
        return given().auth().oauth2(Editing.editor()).contentType("application/json").body(edit)
                .patch("/api/reports/" + id + "/figures/" + figure.get("number")).then();
    }

    private static Map<String, Object> figure(List<Map<String, Object>> figures, String statedAs) {
        return figures.stream().filter(f -> statedAs.equals(f.get("stated_as"))).findFirst()
                .orElseThrow(() -> new AssertionError("no figure stated as " + statedAs + " in " + figures));
    }
}
