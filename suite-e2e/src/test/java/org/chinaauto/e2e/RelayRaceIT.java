package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Relayed writes racing their refusals: 2,000 writes through the gateway's pass-through, 16 at a time, over kept-alive
 * and new connections, small and multi-megabyte bodies, early refusals (every kind of bad credentials, a reader's
 * token, a body declared over the load limit, a type the service does not read, an invalid CSV) mixed with accepted
 * loads. Every answer is the status the service gives the same request directly, every refusal given before the body
 * is read comes within 2 s,
 * no 504 and no request unanswered; every accepted load is in the history; afterwards no gateway worker is busy and
 * its threads are as many as before.
 */
class RelayRaceIT {

    private static final int WRITES = 2_000;
    private static final int AT_ONCE = 16;
    private static final int MIB = 1024 * 1024;
    private static final String MARKET = "/api/services/market/figures";
    private static final String DELIVERIES = "/api/services/deliveries/deliveries";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static Vertx vertx;

    /**
     * One kind of write: where it goes, what it carries, and whether the service refuses it before reading its body
     * (credentials, role, declared size, media type: the answer must come at once) or once it has read the CSV header
     * in its load transaction.
     */
    record Kind(String name, String path, String contentType, String authorization, Buffer body, long declared,
            Refusal refusal) {

        String servicePath() {
            return path.replace("/api/services/market/", "/api/").replace("/api/services/deliveries/", "/api/");
        }

        /** A body of a megabyte or more (an accepted small load has its body made when sent: a new revision). */
        boolean large() {
            return body != null && body.length() >= MIB;
        }

        String service() {
            return path.startsWith("/api/services/market/") ? "market-service" : "deliveries-service";
        }
    }

    enum Refusal {
        BEFORE_THE_BODY, AFTER_THE_HEADER, NONE
    }

    /** One write's outcome: its kind, the connection it went over, its status (-1: none) and when its answer began. */
    record Outcome(Kind kind, boolean kept, int status, long headMillis, String error) {
    }

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
        vertx = Vertx.vertx();
        closing.add(() -> vertx.close().toCompletionStage().toCompletableFuture().join());
    }

    @Test
    void everyRelayedWriteGetsTheServicesOwnAnswerAndRefusalsComeAtOnce() throws Exception {
        List<Kind> kinds = kinds();
        // what each kind gets from the service itself, without the gateway in between
        Map<String, Integer> direct = new TreeMap<>();
        HttpClient once = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        for (Kind kind : kinds) {
            direct.put(kind.name(), send(once, suite.url(kind.service()) + kind.servicePath(), kind, false).status());
        }
        assertThat(direct).as("the statuses the services give").doesNotContainValue(-1);
        ACCEPTED.set(0); // the direct one is a version of its own: counted below
        HttpClient kept = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(AT_ONCE));
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setMaxPoolSize(AT_ONCE));
        race(kinds, 200, kept, fresh); // the gateway's threads and connections as they are under such a load
        Map<String, Double> before = gatewayGauges();
        long began = System.nanoTime();
        List<Outcome> outcomes = race(kinds, WRITES, kept, fresh);
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertThat(outcomes).hasSize(WRITES);
        assertThat(outcomes).as("answered, and never a 504").allSatisfy(o -> {
            assertThat(o.error()).as(o.kind().name()).isNull();
            assertThat(o.status()).as(o.kind().name()).isNotIn(-1, 502, 503, 504);
        });
        assertThat(outcomes).as("the service's own status").allSatisfy(o ->
                assertThat(o.status()).as(o.kind().name() + (o.kept() ? " (kept-alive)" : " (new connection)"))
                        .isEqualTo(direct.get(o.kind().name())));
        long slowestRefusal = slowest(outcomes, Refusal.BEFORE_THE_BODY);
        long slowestInvalid = slowest(outcomes, Refusal.AFTER_THE_HEADER);
        Map<String, Long> slowestByKind = outcomes.stream().collect(Collectors.groupingBy(o -> o.kind().name(),
                TreeMap::new, Collectors.reducing(0L, Outcome::headMillis, Math::max)));
        System.out.println("RelayRaceIT: slowest answer by kind, ms: " + slowestByKind);
        assertThat(slowestRefusal).as("the slowest refusal before the body, ms").isLessThan(2000);
        // an invalid CSV is refused once the service has its load transaction and has read the header: its time is
        // the service's under this load, bounded all the same
        assertThat(slowestInvalid).as("the slowest refusal of an invalid CSV, ms").isLessThan(10_000);

        // nothing acknowledged is lost: every accepted small load is a version in the history
        long accepted = ACCEPTED.get() + 1;
        int versions = given().get(suite.url("market-service") + "/api/figures/history?measure=sales&segment=all"
                + "&period=2031-01&publisher=SYN-RACE").then().statusCode(200).extract().jsonPath().getList("$").size();
        assertThat(versions).as("versions of the raced figure, one per acknowledged load").isEqualTo(accepted);

        // no worker left busy, no thread left behind
        Map<String, Double> after = awaitIdle(before);
        Map<String, Long> statuses = outcomes.stream().collect(Collectors.groupingBy(o -> String.valueOf(o.status()),
                TreeMap::new, Collectors.counting()));
        long keptCount = outcomes.stream().filter(Outcome::kept).count();
        System.out.printf("RelayRaceIT: %d relayed writes (%d kept-alive, %d new connections, %d of them multi-MB) in "
                + "%.1f s, %d at a time; statuses %s; slowest refusal %d ms (of an invalid CSV %d ms); accepted loads in the history %d of %d; "
                + "gateway threads %.0f before, %.0f after; busy workers %.0f before, %.0f after (the scrape's own)%n", WRITES, keptCount,
                WRITES - keptCount, outcomes.stream().filter(o -> o.kind().large()).count(),
                took.toMillis() / 1000.0, AT_ONCE, statuses, slowestRefusal, slowestInvalid, versions, accepted,
                before.get("threads"), after.get("threads"), before.get("busy"), after.get("busy"));
    }

    private static long slowest(List<Outcome> outcomes, Refusal refusal) {
        return outcomes.stream().filter(o -> o.kind().refusal() == refusal).mapToLong(Outcome::headMillis).max()
                .orElseThrow();
    }

    /** {@code count} writes through the gateway, {@code AT_ONCE} at a time, about half over new connections. */
    private static List<Outcome> race(List<Kind> kinds, int count, HttpClient kept, HttpClient fresh)
            throws Exception {
        String gateway = suite.url("gateway");
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int c = 0; c < AT_ONCE; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Kind kind = pick(kinds, i);
                    // every kind over both kinds of connection: the parity of i's bits, not of i
                    boolean keptAlive = Integer.bitCount(i) % 2 == 0;
                    outcomes.add(send(keptAlive ? kept : fresh, gateway + kind.path(), kind, keptAlive));
                }
            }));
        }
        clients.shutdown();
        for (java.util.concurrent.Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES); // a client's own failure, if any, fails the test here
        }
        return new ArrayList<>(outcomes);
    }

    /** Picks the kind of write number {@code i}: mostly small ones, a multi-megabyte one every so often. */
    private static Kind pick(List<Kind> kinds, int i) {
        List<Kind> large = kinds.stream().filter(Kind::large).toList();
        List<Kind> small = kinds.stream().filter(k -> !k.large()).toList();
        return i % 40 == 7 ? large.get((i / 40) % large.size()) : small.get(i % small.size());
    }

    private static List<Kind> kinds() {
        String editor = "Bearer " + suite.tokens().editor();
        Buffer market = Buffer.buffer("measure,segment,period,publisher,value\nsales,all,2031-02,SYN-RACE,1\n");
        Buffer deliveries = Buffer.buffer("subject,period,publisher,deliveries\naito,2031-02,SYN-RACE,1\n");
        Buffer largeMarket = largeLoad();
        List<Kind> kinds = new ArrayList<>();
        BadCredentials.of(suite.tokens()).forEach((name, authorization) -> {
            kinds.add(new Kind(name, MARKET, "text/csv", authorization, market, -1, Refusal.BEFORE_THE_BODY));
            kinds.add(new Kind(name + ", deliveries", DELIVERIES, "text/csv", authorization, deliveries, -1, Refusal.BEFORE_THE_BODY));
        });
        kinds.add(new Kind("no token, 2 MB", MARKET, "text/csv", null, largeMarket, -1, Refusal.BEFORE_THE_BODY));
        kinds.add(new Kind("reader", MARKET, "text/csv", "Bearer " + suite.tokens().reader(), market, -1, Refusal.BEFORE_THE_BODY));
        kinds.add(new Kind("declared over the load limit", MARKET, "text/csv", editor, Buffer.buffer(new byte[MIB]),
                300L * MIB, Refusal.BEFORE_THE_BODY));
        kinds.add(new Kind("xml", DELIVERIES, "application/xml", editor, Buffer.buffer("<syn/>"), -1, Refusal.BEFORE_THE_BODY));
        kinds.add(new Kind("invalid CSV", MARKET, "text/csv", editor, Buffer.buffer("syn,header\n1,2\n"), -1,
                Refusal.AFTER_THE_HEADER));
        kinds.add(new Kind("invalid CSV, 2 MB", MARKET, "text/csv", editor,
                Buffer.buffer("syn,header\n").appendBuffer(largeMarket), -1, Refusal.AFTER_THE_HEADER));
        kinds.add(new Kind("accepted", MARKET, "text/csv", editor, null, -1, Refusal.NONE));
        kinds.add(new Kind("accepted, 2 MB", MARKET, "text/csv", editor, largeMarket, -1, Refusal.NONE));
        return kinds;
    }

    /** About 2 MB of valid market figures (SYN publishers), the same every time: loaded once, unchanged after. */
    private static Buffer largeLoad() {
        StringBuilder csv = new StringBuilder("measure,segment,period,publisher,value\n");
        for (int p = 0; csv.length() < 2 * MIB; p++) {
            for (int month = 1; month <= 12; month++) {
                csv.append("sales,all,2040-").append(month < 10 ? "0" : "").append(month).append(",SYN-RACE-")
                        .append(p).append(',').append(1000 + p).append('\n');
            }
        }
        return Buffer.buffer(csv.toString());
    }

    /** The value of the next accepted small load (each a new version of one figure), and how many were acknowledged. */
    private static final AtomicInteger REVISION = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();

    /** Sends one write and waits for its answer's head and body; the body of an accepted small load is a new revision. */
    private static Outcome send(HttpClient client, String url, Kind kind, boolean kept) {
        Buffer body = kind.body() != null ? kind.body() : Buffer.buffer(
                "measure,segment,period,publisher,value\nsales,all,2031-01,SYN-RACE," + REVISION.incrementAndGet() + "\n");
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .putHeader("Content-Type", kind.contentType());
        if (kind.authorization() != null) {
            options.putHeader("Authorization", kind.authorization());
        }
        long start = System.nanoTime();
        long[] head = { -1 };
        // the answer's body is taken on the event loop as it comes: a handler set later would miss what came before
        Future<Integer> status = client.request(options).compose(request -> {
            Future<HttpClientResponse> answer;
            if (kind.declared() > 0) {
                request.putHeader("Content-Length", Long.toString(kind.declared()));
                answer = request.response();
                request.write(body);
            } else {
                answer = request.send(body);
            }
            return answer.compose(response -> {
                head[0] = (System.nanoTime() - start) / 1_000_000;
                return response.body().map(b -> {
                    if (kind.declared() > 0) {
                        request.reset(); // the rest of the declared body is never sent
                    }
                    return response.statusCode();
                });
            });
        });
        try {
            int code = await(status);
            if (kind.body() == null && code == 200) {
                ACCEPTED.incrementAndGet();
            }
            return new Outcome(kind, kept, code, head[0], null);
        } catch (Exception e) {
            return new Outcome(kind, kept, -1, (System.nanoTime() - start) / 1_000_000, String.valueOf(e));
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /** The gateway's live threads and its busy workers (every worker pool's active count), from its metrics. */
    private static Map<String, Double> gatewayGauges() {
        String metrics = given().get(suite.url("gateway") + "/q/metrics").then().statusCode(200).extract().asString();
        double threads = metrics.lines().filter(l -> l.startsWith("jvm_threads_live_threads"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
        double busy = metrics.lines().filter(l -> l.startsWith("worker_pool_active{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        return Map.of("threads", threads, "busy", busy);
    }

    /** The gauges once the gateway has settled (a few seconds at most), checked against those from before the run. */
    private static Map<String, Double> awaitIdle(Map<String, Double> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<String, Double> now = gatewayGauges();
        while ((now.get("busy") > before.get("busy") || now.get("threads") > before.get("threads") + 2) && System.nanoTime() < deadline) {
            Thread.sleep(200); // polling, with the deadline as the limit
            now = gatewayGauges();
        }
        // the scrape itself takes a worker: as many busy after the run as before it
        assertThat(now.get("busy")).as("gateway workers busy after the run").isLessThanOrEqualTo(before.get("busy"));
        assertThat(now.get("threads")).as("gateway threads after the run").isLessThanOrEqualTo(before.get("threads") + 2);
        return now;
    }
}
