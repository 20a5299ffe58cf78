package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import io.restassured.response.Response;

/**
 * The packaged gateway as the front door: its rate limit per client (on a second gateway started with it on and
 * small, as end-to-end runs turn it off), caps on sizes and bodies answered with problems, security headers on the
 * gateway's and the services' answers, the dashboard in Chromium under its Content-Security-Policy, and CORS for the
 * configured origin only.
 */
class GatewayProtectionIT {

    private static final String ALLOWED_ORIGIN = "http://dashboard.syn.example";
    private static final String READ = "/api/services/market/figures?size=1";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static String gateway;
    static String limited;

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
        gateway = suite.url("gateway");
        limited = suite.startReplica("gateway", RunningSuite.freePort(), Map.of(
                "GATEWAY_RATE_LIMIT_ENABLED", "true", "GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "0.2",
                "GATEWAY_RATE_LIMIT_BURST", "5", "QUARKUS_HTTP_CORS_ORIGINS", ALLOWED_ORIGIN));
    }

    @Test
    void aClientOverItsLimitGets429UntilATokenIsFreeAndOtherClientsDoNot() throws Exception {
        for (int i = 0; i < 5; i++) {
            given().get(limited + READ).then().statusCode(200);
        }
        Instant refusedAt = Instant.now();
        Response refused = given().get(limited + READ);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).as("a token every 5 s").isBetween(1L, 5L);
        // X-Forwarded-For is not trusted by default: naming oneself another client does not help
        given().header("X-Forwarded-For", "198.51.100.20").get(limited + READ).then().statusCode(429);
        // another address (127.0.0.2 is this machine too) is another client
        assertThat(rawGet(limited, READ, "127.0.0.2")).startsWith("HTTP/1.1 200");
        // health, metrics and the dashboard are not limited
        given().get(limited + "/q/health/ready").then().statusCode(200);
        given().get(limited + "/q/metrics").then().statusCode(200);
        given().get(limited + "/").then().statusCode(200);

        int status = 429;
        while (status == 429 && Duration.between(refusedAt, Instant.now()).toSeconds() < retryAfter + 2) {
            Thread.sleep(50); // polling, with the deadline as the limit
            status = given().get(limited + READ).statusCode();
        }
        Duration recovery = Duration.between(refusedAt, Instant.now());
        assertThat(status).as("served again").isEqualTo(200);
        assertThat(recovery).isLessThanOrEqualTo(Duration.ofSeconds(retryAfter).plusMillis(500));
        System.out.printf("GatewayProtectionIT: 429 after a burst of 5 at 0.2 r/s (Retry-After %s); served again after "
                + "%d ms%n", refused.header("Retry-After"), recovery.toMillis());
    }

    @Test
    void overLargePagesAndBodiesAreProblems() throws Exception {
        Response page = given().get(gateway + "/api/services/market/figures?size=100000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("application/problem+json");

        // over the gateway's own limit (512 MiB): refused by the gateway before the body is read
        String gatewayLimit = rawPost(gateway, "/api/services/market/figures", 512L * 1024 * 1024 + 1, "");
        assertThat(gatewayLimit).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
        // over market-service's load limit (256 MiB), under the gateway's: the service's problem, passed on
        String serviceLimit = rawPost(gateway, "/api/services/market/figures", 300L * 1024 * 1024,
                "Authorization: Bearer " + suite.tokens().editor() + "\r\n");
        assertThat(serviceLimit).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
    }

    @Test
    void securityHeadersOnTheGatewayAndTheServices() {
        for (String path : List.of("/", "/dashboard.css", "/api/overview?period=2025-11", "/api/no-such-view",
                "/q/health/ready")) {
            Response r = given().get(gateway + path);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(r.header("Content-Security-Policy")).as(path).startsWith("default-src 'self'");
        }
        for (String service : List.of("market-service", "exports-service", "deliveries-service")) {
            Response r = given().get(suite.url(service) + "/api/no-such-resource");
            assertThat(r.header("X-Content-Type-Options")).as(service).isEqualTo("nosniff");
        }
    }

    @Test
    void theDashboardRunsUnderItsContentSecurityPolicy() {
        WebDriver browser = Chromium.withConsole();
        try {
            browser.get(gateway + "/");
            Chromium.awaitDashboard(browser);
            // a tooltip too: ECharts styles it through the DOM, which the policy allows, and its content has classes only
            ((JavascriptExecutor) browser).executeScript("echarts.getInstanceByDom(document.querySelector('#card-nev "
                    + ".chart')).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 })");
            WebElement tip = browser.findElement(By.cssSelector(".chart-tip"));
            assertThat(tip.getText()).contains("Publisher");
            assertThat(tip.getCssValue("position")).isEqualTo("absolute");
            List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).toList();
            assertThat(console).as("nothing refused by the policy").noneMatch(m -> m.contains("Content Security Policy"));
            assertThat(browser.findElements(By.cssSelector("#card-nev .chart canvas"))).isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void corsAllowsSameOriginByDefaultAndConfiguredOriginsOnly() {
        // the suite's gateway: no origin configured, so its own origin only
        Response own = preflight(gateway, gateway, "GET");
        assertThat(own.statusCode()).isEqualTo(200);
        Response foreign = preflight(gateway, ALLOWED_ORIGIN, "GET");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();

        // a gateway with the dashboard's origin configured
        Response allowed = preflight(limited, ALLOWED_ORIGIN, "POST");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(allowed.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization");
        Response disallowed = preflight(limited, "http://elsewhere.syn.example", "POST");
        assertThat(disallowed.header("Access-Control-Allow-Origin")).isNull();
        assertThat(disallowed.statusCode()).isEqualTo(403);
    }

    private static Response preflight(String base, String origin, String method) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(base + "/api/services/market/figures");
    }

    /** A GET over a connection from {@code localAddress}, so that the gateway sees another client. */
    private static String rawGet(String base, String path, String localAddress) throws Exception {
        return exchange(base, localAddress, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /**
     * A POST declaring {@code length} bytes, of which at most 16 MiB are sent, as a client streaming a large load
     * does until it is answered.
     */
    private static String rawPost(String base, String path, long length, String moreHeaders) throws Exception {
        return exchange(base, null, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n" + moreHeaders
                + "Content-Length: " + length + "\r\n\r\nmeasure,segment,period,publisher,value\n");
    }

    private static void stream(OutputStream out) {
        byte[] filler = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try {
            for (int i = 0; i < 256; i++) {
                out.write(filler);
            }
        } catch (java.io.IOException e) {
            // answered and closed: the rest is not wanted
        }
    }

    private static String exchange(String base, String localAddress, String request) throws Exception {
        URI uri = URI.create(base);
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (request.startsWith("POST")) {
                Thread writer = new Thread(() -> stream(out), "raw-post-body");
                writer.setDaemon(true);
                writer.start();
            }
            InputStream in = socket.getInputStream();
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (text.indexOf("\r\n\r\n") > 0 && text.lastIndexOf("}") > text.indexOf("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // what came is the answer
            }
            return text.toString();
        }
    }
}
