package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a browser and a client see of the gateway as the suite's front door: security headers on every answer, a
 * policy that allows the dashboard's own files only, CORS for the configured origin only, a service's
 * authentication challenge passed on, and bodies over the limit refused with a problem.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServers.class)
class FrontDoorTest {

    private static final String ALLOWED_ORIGIN = "http://dashboard.syn.example";

    @Inject
    FreshGateway fresh;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void reset() {
        fresh.reset();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        // the charting library the page loads, from its jar
        Matcher library = Pattern.compile("src=\"(/_static/echarts/[^\"]+)\"")
                .matcher(given().get("/").asString());
        assertThat(library.find()).as("the page loads ECharts from the gateway").isTrue();
        for (String path : List.of("/", "/index.html", "/dashboard/main.js", library.group(1),
                "/api/services/market/figures?size=1", "/api/no-such-view", "/q/health/ready")) {
            Response r = given().get(path);
            if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'")
                    .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        }
        // Swagger UI's page has inline scripts: its own, looser policy
        assertThat(given().get("/q/swagger-ui/").header("Content-Security-Policy")).contains("'unsafe-inline'");
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        Response allowed = given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/services/market/figures");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("GET", "HEAD", "POST").doesNotContain("DELETE");
        assertThat(allowed.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization");

        Response other = given().header("Origin", "http://elsewhere.syn.example")
                .header("Access-Control-Request-Method", "GET").options("/api/overview");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(other.statusCode()).isEqualTo(403);
        given().header("Origin", "http://elsewhere.syn.example").get("/api/services/market/figures?size=1").then()
                .statusCode(403);
    }

    @Test
    void aServicesChallengeIsPassedOn() {
        DownstreamServers.server("market").stubFor(post(urlPathEqualTo("/api/figures")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/problem+json")
                .withHeader("WWW-Authenticate", "Bearer")
                .withBody(DownstreamServers.problem(401, "Unauthorized", "synthetic: no token"))));
        Response r = given().contentType("text/csv").body("measure\n").post("/api/services/market/figures");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413Problem() throws Exception {
        // 512 MiB + 1, declared; the gateway answers before reading it
        String answer = rawPost("/api/services/market/figures", 512L * 1024 * 1024 + 1);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":413");
    }

    /** Sends a POST's head declaring {@code length} bytes and a few of them, and reads the answer. */
    private String rawPost(String path, long length) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nContent-Length: "
                    + length + "\r\n\r\nmeasure,segment\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder text = new StringBuilder();
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // whatever came is the answer
            }
            return text.toString();
        }
    }
}
