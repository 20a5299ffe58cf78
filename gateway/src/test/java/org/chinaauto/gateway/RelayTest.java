package org.chinaauto.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The pass-through as a caller streaming a body sees it, against a service on a plain socket ({@link RawService}): an
 * answer given before a byte of a 100 MB body is read comes back at once and the half-sent request is reset; a body
 * of 256 MiB goes through without being held; a body that stops coming is answered 408; a service that cannot be
 * reached is a 503 problem with Retry-After, one that does not answer a 504 problem.
 */
@QuarkusTest
@TestProfile(RelayTest.RawDownstream.class)
class RelayTest {

    public static class RawDownstream implements QuarkusTestProfile {
        private static RawService raw;

        @Override
        public synchronized Map<String, String> getConfigOverrides() {
            if (raw == null) {
                raw = start();
            }
            return Map.of("gateway.downstream.syn-raw.url", "http://localhost:" + raw.port(),
                    "gateway.downstream.syn-raw.timeout", "1S",
                    "gateway.downstream.syn-gone.url", "http://localhost:1",
                    "gateway.relay.body-idle-timeout", "1S");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "gateway.downstream.syn-raw.url")
    String raw;

    @BeforeEach
    void reset() {
        given().get(raw + "/reset").then().statusCode(200);
    }

    @Test
    void anAnswerGivenBeforeTheBodyIsReadComesBackAtOnceAndTheHalfSentRequestIsReset() throws Exception {
        long length = 100L * 1024 * 1024;
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            CompletableFuture<Long> sent = stream(socket, "/api/services/syn-raw/refuse", length, length);
            String answer = readAnswer(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(answer).startsWith("HTTP/1.1 401").containsIgnoringCase("www-authenticate: Bearer")
                    .contains("refused unread");
            assertThat(took).as("the refusal, while the caller still sends").isLessThan(Duration.ofSeconds(2));
            // the gateway reset its connection to the service, which had half a request
            Stats stats = awaitClosed();
            assertThat(stats.readAfterRefusal()).as("bytes the service was made to take after it answered")
                    .isLessThan(length / 2);
            socket.close();
            sent.handle((n, e) -> n).get(10, TimeUnit.SECONDS);
            System.out.printf("RelayTest: 401 given before a byte of a 100 MB body was read, relayed in %d ms; the "
                    + "service's connection reset after %d bytes more%n", took.toMillis(), stats.readAfterRefusal());
        }
        // the relay is not left stuck: the next load goes through
        given().contentType("text/csv").body("syn\n").post("/api/services/syn-raw/count").then().statusCode(200);
    }

    @Test
    void aBodyOf256MiBGoesThroughWithoutBeingHeld() throws Exception {
        long length = 256L * 1024 * 1024;
        long before = heapAfterCollection();
        AtomicLong heldWhileStreaming = new AtomicLong(-1);
        try (Socket socket = connect()) {
            CompletableFuture<Long> sent = stream(socket, "/api/services/syn-raw/count", length, 192L * 1024 * 1024);
            // once three quarters are sent, the service has most of it already and the gateway holds little of it
            sent.get(2, TimeUnit.MINUTES);
            assertThat(stats().counted()).as("bytes the service had when 192 MiB were sent").isGreaterThan(128L * 1024 * 1024);
            heldWhileStreaming.set(heapAfterCollection() - before);
            CompletableFuture<Long> rest = stream(socket, null, length, length - 192L * 1024 * 1024);
            String answer = readAnswer(socket.getInputStream());
            rest.get(1, TimeUnit.MINUTES);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("{\"received\":" + length + ",");
        }
        assertThat(heldWhileStreaming.get()).as("heap held by the gateway while streaming").isLessThan(64L * 1024 * 1024);
        System.out.printf("RelayTest: 256 MiB relayed; heap held mid-stream %d MiB%n", heldWhileStreaming.get() >> 20);
    }

    @Test
    void aBodyThatStopsComingIsAnswered408() throws Exception {
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            stream(socket, "/api/services/syn-raw/count", 1000, 10).get(5, TimeUnit.SECONDS);
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":408");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(socket.getInputStream().read()).as("the gateway closed the connection").isEqualTo(-1);
        }
    }

    @Test
    void aServiceThatCannotBeReachedIsA503WithRetryAfterAndOneThatDoesNotAnswerA504() {
        Response gone = given().get("/api/services/syn-gone/figures");
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.header("Retry-After")).isEqualTo("5");
        assertThat(gone.jsonPath().getString("detail")).contains("syn-gone could not be reached");
        assertThat(gone.jsonPath().getString("trace_id")).matches("[0-9a-f]{32}");

        long start = System.nanoTime();
        Response silent = given().get("/api/services/syn-raw/silent");
        assertThat(silent.statusCode()).isEqualTo(504);
        assertThat(silent.contentType()).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void unknownServicesAndPathsOutsideTheServiceAreProblems() {
        given().get("/api/services/syn-nothing/figures").then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/services/syn-raw/a/../silent").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("path"));
        // a path that climbs out of the pass-through is not the pass-through's
        given().urlEncodingEnabled(false).get("/api/services/syn-raw/../../q/health").then().statusCode(404);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    /**
     * Writes a POST's head declaring {@code length} bytes (none when {@code path} is null: the body goes on) and then
     * {@code bytes} of body, in another thread, as a caller does that does not wait to be answered.
     */
    private static CompletableFuture<Long> stream(Socket socket, String path, long length, long bytes) {
        return CompletableFuture.supplyAsync(() -> {
            long written = 0;
            try {
                OutputStream out = socket.getOutputStream();
                if (path != null) {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                while (written < bytes) {
                    int n = (int) Math.min(chunk.length, bytes - written);
                    out.write(chunk, 0, n);
                    written += n;
                }
                out.flush();
            } catch (IOException answeredAndClosed) {
                // the rest is not wanted
            }
            return written;
        });
    }

    /** The answer's head and body (as far as its Content-Length), as text. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            text.append((char) b);
            if (text.indexOf("\r\n\r\n") > 0) {
                break;
            }
        }
        int length = text.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElse(0);
        byte[] body = in.readNBytes(length);
        return text + new String(body, StandardCharsets.UTF_8);
    }

    /** What the service stand-in counted: bytes taken after its refusal, whether that connection was closed, bytes counted. */
    private record Stats(long readAfterRefusal, boolean closed, long counted) {
    }

    private Stats stats() {
        String[] words = given().get(raw + "/stats").then().statusCode(200).extract().asString().split(" ");
        return new Stats(Long.parseLong(words[0]), Boolean.parseBoolean(words[1]), Long.parseLong(words[2]));
    }

    private Stats awaitClosed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Stats stats = stats();
        while (!stats.closed() && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling, with the deadline as the limit
            stats = stats();
        }
        assertThat(stats.closed()).as("the service's half-sent request was reset").isTrue();
        return stats;
    }

    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static RawService start() {
        try {
            return new RawService();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
