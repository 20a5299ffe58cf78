package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * The change feed as a subscriber sees it, on the real suite: a revision loaded through one replica of market-service
 * reaches the SSE stream of a gateway that polls the other replica within a second, with its previous value; the
 * same changes are listed by {@code /api/changes?since=}; a subscriber that reconnects with Last-Event-ID, to the same
 * gateway or to another replica started later, misses nothing and sees nothing twice.
 */
class ChangeFeedIT {

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CSV = "measure,segment,period,publisher,value,published,source\n";

    static SuiteRunner suite;
    static String gateway;

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
        gateway = suite.url("gateway");
    }

    /** One SSE event as received: its id, name (null for a change), data, and when it arrived. */
    record Received(String id, String name, JsonPath data, Instant at) {
    }

    /** A subscription to a gateway's stream, read on its own thread until closed. */
    static final class Subscription implements AutoCloseable {
        final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        Subscription(String gatewayUrl, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/changes/stream"))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> open = response.get(10, TimeUnit.SECONDS);
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            Thread reader = new Thread(() -> read(open.body()), "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Stream<String> lines) {
            String[] id = { null };
            String[] name = { null };
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Received(id[0], name[0], JsonPath.from(data.toString()), Instant.now()));
                        }
                        id[0] = null;
                        name[0] = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id[0] = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                });
            } catch (RuntimeException closed) {
                // the subscription was closed
            }
        }

        /** The next event, waiting at most {@code seconds}. */
        Received next(int seconds) throws InterruptedException {
            Received r = events.poll(seconds, TimeUnit.SECONDS);
            assertThat(r).as("an event within " + seconds + " s").isNotNull();
            return r;
        }

        @Override
        public void close() throws IOException {
            response.thenAccept(r -> r.body().close());
        }
    }

    private static JsonPath load(String replica, long value, String source) {
        return given().auth().oauth2(suite.tokens().editor()).contentType("text/csv")
                .body(CSV + "sales,all,2031-02,SYN-feed-e2e," + value + ",2031-03," + source + "\n")
                .post(replica + "/api/figures").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRevisionThroughOneReplicaReachesEverySubscriberWithinASecondAndResumingMissesNothing() throws Exception {
        String first = suite.url("market-service");
        String second = suite.startReplica("market-service", RunningSuite.freePort());
        Instant start = Instant.now();

        Received added;
        Received revised;
        try (Subscription live = closing.add(new Subscription(gateway, null))) {
            load(first, 100, "SYN feed report");
            added = live.next(5);
            assertThat(added.data().getString("type")).isEqualTo("org.chinaauto.figure.added");

            // the gateway polls the first replica; the revision is committed through the second
            JsonPath revision = load(second, 120, "SYN feed revision");
            Instant committed = Instant.now();
            revised = live.next(5);
            assertThat(Duration.between(committed, revised.at())).as("from the load's answer to the event")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(revised.data().getString("specversion")).isEqualTo("1.0");
            assertThat(revised.data().getString("type")).isEqualTo("org.chinaauto.figure.revised");
            assertThat(revised.data().getString("source")).isEqualTo("/market-service");
            assertThat(revised.data().getString("subject")).isEqualTo("sales/all/SYN-feed-e2e/2031-02");
            assertThat(revised.data().getLong("data.value.value")).isEqualTo(120);
            assertThat(revised.data().getLong("data.previous.value")).isEqualTo(100);
            assertThat(revised.data().getString("data.load_id")).isEqualTo(revision.getString("load_id"));
            assertThat(revised.id()).contains("market:" + revised.data().getString("id"));

            given().get(gateway + "/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("suite_change_subscribers 1.0"));
        }

        // the same two changes, listed since the start, in commit order
        JsonPath page = given().queryParam("since", start.toString()).get(gateway + "/api/changes").then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("changes.data.value.value", Number.class)).map(Number::longValue)
                .containsExactly(100L, 120L);
        assertThat(page.getString("changes[0].data.previous")).isNull();
        assertThat(page.getLong("changes[1].data.previous.value")).isEqualTo(100);
        assertThat(page.getList("unavailable")).isEmpty();
        given().queryParam("after", page.getString("next")).get(gateway + "/api/changes").then().statusCode(200)
                .body("changes.size()", equalTo(0)).body("next", equalTo(page.getString("next")));

        // committed while no one listened: a subscriber resuming from the revision gets it, and only it
        load(first, 130, "SYN feed second revision");
        try (Subscription resumed = closing.add(new Subscription(gateway, revised.id()))) {
            Received missed = resumed.next(5);
            assertThat(missed.data().getLong("data.value.value")).isEqualTo(130);
            assertThat(missed.data().getLong("data.previous.value")).isEqualTo(120);
            assertThat(resumed.events.poll(1, TimeUnit.SECONDS)).as("nothing else").isNull();
        }

        // another gateway replica, started after all three, resumes from the first change
        String otherGateway = suite.startReplica("gateway", RunningSuite.freePort());
        try (Subscription other = closing.add(new Subscription(otherGateway, added.id()))) {
            assertThat(List.of(other.next(5), other.next(5)).stream().map(r -> r.data().getLong("data.value.value")))
                    .containsExactly(120L, 130L);
            assertThat(other.events.poll(1, TimeUnit.SECONDS)).as("nothing else").isNull();
        }
    }

    @Test
    void aMalformedLastEventIdIsAProblem() {
        given().header("Last-Event-ID", "market:x").get(gateway + "/api/changes/stream").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("after", "nowhere:3").get(gateway + "/api/changes").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).get(gateway + "/api/changes").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
