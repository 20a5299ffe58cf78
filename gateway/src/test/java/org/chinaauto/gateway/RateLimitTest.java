package org.chinaauto.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.chinaauto.gateway.limit.RateLimitFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The rate limit per client (here a request every 5 s, bursts of 3: slow enough for a slow machine) behind an
 * ingress: a stand-in for ingress-nginx (a Vert.x reverse proxy connecting from 127.0.0.3, the one trusted proxy,
 * which sets X-Forwarded-For to the address it accepted the connection from, as ingress-nginx does by default). A
 * client over its burst gets 429 problems with Retry-After however it names itself; two clients behind the ingress
 * are two clients; from an address that is not a trusted proxy X-Forwarded-For is ignored; health, metrics and the
 * dashboard are not limited; a throttled client is served again once a token is free.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
@QuarkusTestResource(DownstreamServers.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true", "gateway.rate-limit.requests-per-second", "0.2",
                    "gateway.rate-limit.burst", "3", "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.3");
        }
    }

    private static final String READ = "/api/services/market/figures?size=1";
    private static Vertx vertx;
    private static HttpServer ingress;

    @Inject
    FreshGateway fresh;

    @Inject
    RateLimitFilter limiter;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeEach
    void reset() throws Exception {
        fresh.reset();
        if (ingress == null) {
            vertx = Vertx.vertx();
            ingress = ingressStandIn(vertx, gateway.getPort());
        }
        limiter.forget();
        // the first pass-through sets up its connection, slowly enough for a token to come back: done before the clock matters
        assertThat(get("127.0.0.1", gateway.getPort(), READ, null)).startsWith("HTTP/1.1 200");
        DownstreamServers.server("market").resetRequests();
        limiter.forget();
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void behindTheIngressAClientNamingItselfAnewWithEveryRequestIsStillLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(viaIngress("127.0.0.1", READ, "198.51.100." + i)).startsWith("HTTP/1.1 200");
        }
        String refused = viaIngress("127.0.0.1", READ, "198.51.100.99");
        assertThat(refused).startsWith("HTTP/1.1 429").containsIgnoringCase("content-type: application/problem+json")
                .contains("https://chinaauto.org/problems/too-many-requests");
        // a token every 5 s: the next one is free within 5 s
        assertThat(header(refused, "Retry-After")).isIn("1", "2", "3", "4", "5");
        assertThat(refused).contains("try again in " + header(refused, "Retry-After") + " s");
        // refused before any downstream call: the service saw the three accepted reads only
        assertThat(DownstreamServers.server("market").getAllServeEvents()).hasSize(3);
        // the writes through the pass-through are limited as well
        assertThat(viaIngress("127.0.0.1", "/api/services/market/figures", "198.51.100.98")).startsWith("HTTP/1.1 429");

        // another client behind the same ingress is another client
        assertThat(viaIngress("127.0.0.2", READ, "198.51.100.99")).startsWith("HTTP/1.1 200");
        // health, metrics and the dashboard are not limited
        assertThat(viaIngress("127.0.0.1", "/q/health/live", null)).startsWith("HTTP/1.1 200");
        assertThat(viaIngress("127.0.0.1", "/", null)).startsWith("HTTP/1.1 200");
        assertThat(viaIngress("127.0.0.1", "/dashboard/main.js", null)).startsWith("HTTP/1.1 200");
    }

    @Test
    void fromAnAddressThatIsNotATrustedProxyXForwardedForIsIgnored() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("127.0.0.4", gateway.getPort(), READ, "198.51.100." + i)).startsWith("HTTP/1.1 200");
        }
        assertThat(get("127.0.0.4", gateway.getPort(), READ, "198.51.100.50")).startsWith("HTTP/1.1 429");
        assertThat(get("127.0.0.4", gateway.getPort(), READ, "127.0.0.5")).startsWith("HTTP/1.1 429");
        // the connection's own address is what counts: another one is another client
        assertThat(get("127.0.0.5", gateway.getPort(), READ, "127.0.0.4")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aThrottledClientIsServedAgainOnceATokenIsFree() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(viaIngress("127.0.0.6", READ, null)).startsWith("HTTP/1.1 200");
        }
        Instant refusedAt = Instant.now();
        String refused = viaIngress("127.0.0.6", READ, null);
        assertThat(refused).startsWith("HTTP/1.1 429");
        long retryAfter = Long.parseLong(header(refused, "Retry-After"));
        Instant deadline = refusedAt.plusSeconds(retryAfter + 2);
        String answer = refused;
        while (answer.startsWith("HTTP/1.1 429") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50); // polling, with the deadline as the limit
            answer = viaIngress("127.0.0.6", READ, null);
        }
        Duration recovery = Duration.between(refusedAt, Instant.now());
        assertThat(answer).as("served again").startsWith("HTTP/1.1 200");
        // no earlier than a token could be free, no later than Retry-After said (and a poll)
        assertThat(recovery).isLessThanOrEqualTo(Duration.ofSeconds(retryAfter).plusMillis(500));
        System.out.printf("RateLimitTest: 429 with Retry-After %d s; served again after %d ms%n", retryAfter,
                recovery.toMillis());
        given().get("/q/health/ready").then().statusCode(200);
    }

    private String viaIngress(String client, String path, String forwardedFor) throws IOException {
        return get(client, ingress.actualPort(), path, forwardedFor);
    }

    /**
     * A stand-in for ingress-nginx with its defaults (use-forwarded-headers and compute-full-forwarded-for off): it
     * replaces the X-Forwarded-For a client sent with the address the connection came from, and connects to the
     * gateway from 127.0.0.3.
     */
    private static HttpServer ingressStandIn(Vertx vertx, int gatewayPort) throws Exception {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setLocalAddress("127.0.0.3")))
                .origin(gatewayPort, "127.0.0.1");
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                ProxyRequest request = context.request();
                String sent = request.headers().get("X-Forwarded-For");
                request.headers().remove("X-Original-Forwarded-For");
                if (sent != null) {
                    request.putHeader("X-Original-Forwarded-For", sent);
                }
                request.putHeader("X-Forwarded-For", request.proxiedRequest().remoteAddress().hostAddress());
                return context.sendRequest();
            }
        });
        return vertx.createHttpServer().requestHandler(proxy).listen(0, "127.0.0.1").toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A GET over a new connection from {@code localAddress}, with X-Forwarded-For when given; the answer's text. */
    private static String get(String localAddress, int port, String path, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
    }
}
