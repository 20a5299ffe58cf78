package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.chinaauto.e2e.ServiceProbe.Answer;
import org.chinaauto.local.GeneratedCsv;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * market-service on a real PostgreSQL server that the test stops, freezes (SIGSTOP of every server process) and
 * restarts under it: every kind of request is answered 503 problem+json with Retry-After within {@link #BOUND},
 * readiness goes DOWN and liveness stays UP, and the service recovers by itself when the server is back; a load cut
 * by a crash of the server leaves nothing behind, and every load acknowledged before survives it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    /**
     * Every request under a database fault is answered within this (the services' documented bound: the wait for a
     * connection, 5 s, the wait for an answer, 6 s, and a cached read's version check, 2 s, with a margin).
     */
    static final Duration BOUND = Duration.ofSeconds(15);
    /** Readiness says DOWN within this of the fault; the service answers reads again within it of the repair. */
    static final Duration HEALTH = Duration.ofSeconds(15);

    static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
            + "reported_yoy_qualifier,definition,published,source,attribution,attribution_note,notes\n";
    static final List<String> READS = List.of("/api/figures?publisher=SYNF01&size=10", "/api/summary?period=2025-11",
            "/api/series?measure=sales&segment=all&publisher=CAAM&from=2025-01&to=2025-11");

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static DebianPostgres pg;
    static SuiteRunner suite;
    static ServiceProbe market;
    /** Every load answered 2xx: its publisher and rows. */
    static final Map<String, Integer> acknowledged = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        pg = closing.add(DebianPostgres.startTemporary());
        suite = closing.add(RunningSuite.on(pg.database()));
        suite.startOnly("market-service");
        market = new ServiceProbe(suite.url("market-service"), suite.tokens().editor());
        for (int i = 1; i <= 3; i++) {
            load("SYNF0" + i, 200);
        }
        READS.forEach(path -> assertThat(market.get(path).status()).as(path).isEqualTo(200));
    }

    @Test
    @Order(1)
    void aStoppedServerIsA503ForEveryRequestUntilItIsStartedAgain() throws Exception {
        underFault("stopped (pg_ctl stop -m fast)", () -> pg.stop("fast"), () -> pg.start());
    }

    @Test
    @Order(2)
    void aFrozenServerIsA503ForEveryRequestUntilItGoesOn() throws Exception {
        underFault("frozen (SIGSTOP of every server process)", () -> pg.hang(), () -> pg.resume());
    }

    @Test
    @Order(3)
    void aRestartedServerIsUsedAgainWithoutRestartingTheService() throws Exception {
        Instant restarted = Instant.now();
        pg.stop("immediate");
        pg.start();
        Duration back = Duration.between(restarted, Instant.now());
        int failed = 0;
        Instant since = Instant.now();
        while (Duration.between(since, Instant.now()).compareTo(Duration.ofSeconds(3)) < 0) {
            for (String path : READS) {
                Answer a = market.get(path);
                assertThat(a.status() == 200 || a.isProblem503()).as(path + ": " + a).isTrue();
                assertThat(a.elapsed()).as(path + ": " + a).isLessThanOrEqualTo(BOUND);
                failed += a.status() == 200 ? 0 : 1;
            }
        }
        load("SYNF04", 200);
        Duration ready = ServiceProbe.until(since, HEALTH, market::ready, r -> r, "readiness UP");
        System.out.printf("FIGURE restarted (pg_ctl stop -m immediate, start: %d ms): reads answered 503 after the "
                + "restart: %d; readiness UP %d ms after it%n", back.toMillis(), failed, ready.toMillis());
    }

    @Test
    @Order(4)
    void aLoadCutByACrashOfTheServerLeavesNothingAndEveryAcknowledgedLoadSurvives() throws Exception {
        for (int i = 5; i <= 9; i++) {
            load("SYNF0" + i, 500);
        }
        String before = content();
        AtomicInteger sent = new AtomicInteger();
        int rows = 400_000;
        CompletableFuture<Answer> cut = CompletableFuture.supplyAsync(() -> market.loadCsv("/api/figures",
                () -> csv(rows, i -> {
                    sent.incrementAndGet();
                    return "SYNX" + String.format("%03d", i / 1200 + 1);
                })));
        ServiceProbe.until(Instant.now(), Duration.ofSeconds(60), sent::get, n -> n >= rows / 3, "a third sent");
        pg.stop("immediate");
        Answer answer = cut.get();
        int sentWhenCut = sent.get();
        pg.start();
        Instant started = Instant.now();
        Duration recovered = ServiceProbe.until(started, HEALTH, () -> market.get(READS.get(0)).status(),
                s -> s == 200, "a read answered 200");
        assertThat(answer.status() == 0 || answer.isProblem503()).as(answer.toString()).isTrue();
        assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(60));
        assertThat(content()).as("the figures after the crash").isEqualTo(before);
        int found = count("SYNX%");
        assertThat(found).isZero();
        for (var load : acknowledged.entrySet()) {
            assertThat(count(load.getKey())).as(load.getKey()).isEqualTo(load.getValue());
        }
        System.out.printf("FIGURE load cut by pg_ctl stop -m immediate after %d of %d rows sent: answer %s; rows of it "
                + "found after the restart: %d; loads acknowledged before: %d, found after: %d; reads 200 again %d ms "
                + "after the start%n", sentWhenCut, rows, answer, found, acknowledged.size(), acknowledged.size(),
                recovered.toMillis());
    }

    /** Injects a fault; every kind of request at once must be a bounded 503, readiness DOWN, liveness UP; then repairs. */
    private static void underFault(String fault, Step inject, Step repair) throws Exception {
        Instant injected = Instant.now();
        try {
            inject.run();
            answeredWithinBound(fault, injected);
        } catch (AssertionError | Exception e) {
            // a fault half injected is repaired too, so that the next test finds a working server
            repair.run();
            throw e;
        }
        Instant repaired = Instant.now();
        repair.run();
        repaired(fault, repaired);
    }

    /** Every kind of request at once is a bounded 503, readiness goes DOWN and liveness stays UP. */
    private static void answeredWithinBound(String fault, Instant injected) throws Exception {
        List<CompletableFuture<Answer>> requests = READS.stream()
                .map(path -> CompletableFuture.supplyAsync(() -> market.get(path))).collect(Collectors.toList());
        requests.add(CompletableFuture.supplyAsync(() -> market.loadCsv("/api/figures", () -> csv(50, i -> "SYNZ01"))));
        Duration down = ServiceProbe.until(injected, HEALTH, market::ready, r -> !r, fault + ": readiness DOWN");
        long slowest = 0;
        for (CompletableFuture<Answer> request : requests) {
            Answer a = request.get();
            assertThat(a.isProblem503()).as(fault + ": " + a + " " + a.body()).isTrue();
            System.out.printf("FIGURE %s: %s%n", fault, a);
            assertThat(a.elapsed()).as(fault + ": " + a).isLessThanOrEqualTo(BOUND);
            slowest = Math.max(slowest, a.elapsed().toMillis());
        }
        Answer again = market.get(READS.get(0));
        assertThat(again.isProblem503()).as(fault + ", again: " + again).isTrue();
        assertThat(market.live()).as(fault + ": liveness").isTrue();
        System.out.printf("FIGURE %s: %d requests (3 reads, 1 load) all 503 problem+json with Retry-After, the slowest "
                + "after %d ms (a repeated read: %d ms); readiness DOWN %d ms after the fault; liveness UP%n", fault,
                requests.size(), slowest, again.elapsed().toMillis(), down.toMillis());
    }

    private static void repaired(String fault, Instant repaired) throws Exception {
        Duration reads = ServiceProbe.until(repaired, HEALTH, () -> market.get(READS.get(0)).status(), s -> s == 200,
                fault + ": a read answered 200 after the repair");
        Duration ready = ServiceProbe.until(repaired, HEALTH, market::ready, r -> r, fault + ": readiness UP");
        for (String path : READS) {
            assertThat(market.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(count("SYNZ%")).isZero();
        System.out.printf("FIGURE %s: after the repair reads 200 in %d ms, readiness UP in %d ms%n", fault,
                reads.toMillis(), ready.toMillis());
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Loads {@code rows} sales figures of one synthetic publisher and remembers it when acknowledged. */
    private static void load(String publisher, int rows) {
        Answer a = market.loadCsv("/api/figures", () -> csv(rows, i -> publisher));
        assertThat(a.status()).as(publisher + ": " + a + " " + a.body()).isEqualTo(200);
        acknowledged.put(publisher, rows);
    }

    /** Sales of all vehicles, one row a month from 1901-01 (row i in month i mod 1200), for publisher(i). */
    private static InputStream csv(int rows, IntFunction<String> publisher) {
        return new GeneratedCsv(HEADER, rows, i -> "sales,all," + YearMonth.of(1901, 1).plusMonths(i % 1200) + ","
                + publisher.apply(i) + "," + (1000 + i) + ",,,,,,,,,,,\n");
    }

    /** Current figures of the publishers like {@code pattern}. */
    private static int count(String pattern) throws Exception {
        return ((Number) query("SELECT count(*) FROM figure WHERE superseded_at IS NULL AND publisher LIKE ?", pattern))
                .intValue();
    }

    /** Every version of every figure, as one digest. */
    private static String content() throws Exception {
        return (String) query("SELECT count(*) || ':' || md5(string_agg(concat_ws('|', id, publisher, period_start, value, "
                + "superseded_at), ',' ORDER BY id)) FROM figure WHERE publisher LIKE ?", "%");
    }

    private static Object query(String sql, String parameter) throws Exception {
        var db = pg.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("market"), db.user(), db.password());
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }
}
