package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chinaauto.e2e.SteadyLoad.Outcome;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real suite under a steady load of overviews and timelines while one data service fails in turn: killed and
 * restarted on its port, hung (SIGSTOP) and let go, slow, answering 500s (the last two through a {@link FaultProxy}
 * between the gateway and exports-service). Every request must be answered 200 within the gateway's deadline, the
 * views partial while the fault lasts, the service's breaker open, and the views complete again by themselves soon
 * after the service is back. The gateway runs with its default guards (timeout 2 s, two retries, deadline 5 s)
 * except a breaker delay of 5 s instead of 10 s, to keep the class short.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DownstreamFaultIT {

    static final long DEADLINE_MS = 5_000;
    /** What a request may take above the deadline: the client's and the gateway's own work on two busy cores. */
    static final long MARGIN_MS = 3_000;
    static final long BREAKER_DELAY_MS = 5_000;
    /** A fault lasts at least this long, and until the breaker has been seen open. */
    static final long FAULT_MS = 6_000;
    static final Set<String> DEGRADED = Set.of("stale", "unavailable");

    static SuiteRunner suite;
    static FaultProxy proxy;
    static SteadyLoad load;
    static String gateway;
    static final HttpClient http = HttpClient.newHttpClient();
    static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        suite = RunningSuite.create();
        proxy = new FaultProxy(RunningSuite.freePort(), suite.url("exports-service"));
        suite.environment("gateway", "EXPORTS_SERVICE_URL", proxy.url())
                .environment("gateway", "GATEWAY_BREAKER_DELAY", BREAKER_DELAY_MS + "MS");
        suite.start();
        gateway = suite.url("gateway");
        load = new SteadyLoad(gateway, 4);
        // warm-up: the load's answers are complete (and each section has a last good answer to fall back on)
        long until = load.now() + 90_000;
        while (recoveredAt(load.started(0, Long.MAX_VALUE)) < 0) {
            assertThat(load.now()).as("complete answers within 90 s of the start; so far %s",
                    summary(load.started(0, Long.MAX_VALUE))).isLessThan(until);
            Thread.sleep(200);
        }
        figures.add("| fault | requests | errors | partial | p99 ms | max ms | breaker open after ms | recovered after ms |");
        figures.add("|---|---|---|---|---|---|---|---|");
    }

    @AfterAll
    static void stop() throws Exception {
        if (load != null) {
            load.close();
        }
        if (suite != null) {
            suite.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        figures.forEach(System.out::println);
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Files.write(root.resolve("suite-e2e/target/downstream-faults.md"), figures);
    }

    @Test
    @Order(1)
    void withoutAFaultEveryViewIsComplete() throws Exception {
        long from = load.now();
        Thread.sleep(4_000); // a window of steady load to measure, not a wait for a state
        List<Outcome> window = load.started(from, load.now());
        assertThat(window).hasSizeGreaterThan(8).allSatisfy(o -> {
            assertThat(o.status()).as(o.toString()).isEqualTo(200);
            assertThat(o.complete()).as(o.toString()).isTrue();
        });
        figures.add(row("none (baseline)", window, -1, -1));
    }

    @Test
    @Order(2)
    void aServiceKilledAndRestartedOnItsPort() throws Exception {
        fault("deliveries-service killed (SIGKILL), then restarted", "deliveries",
                () -> suite.kill("deliveries-service"), () -> suite.restart("deliveries-service"));
    }

    @Test
    @Order(3)
    void aHungService() throws Exception {
        try {
            fault("deliveries-service hung (SIGSTOP), then SIGCONT", "deliveries",
                    () -> suite.pause("deliveries-service"), () -> suite.resume("deliveries-service"));
        } finally {
            suite.resume("deliveries-service");
        }
    }

    @Test
    @Order(4)
    void aSlowService() throws Exception {
        try {
            fault("exports-service answering after 3 s (timeout 2 s)", "exports", () -> proxy.slow(3_000), proxy::clear);
        } finally {
            proxy.clear();
        }
    }

    @Test
    @Order(5)
    void aServiceAnswering500s() throws Exception {
        try {
            fault("exports-service answering 500", "exports", proxy::failing, proxy::clear);
        } finally {
            proxy.clear();
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /**
     * Injects a fault, holds it until the downstream's breaker has opened (and at least {@link #FAULT_MS}), ends it,
     * waits for complete views, and checks every request answered meanwhile.
     */
    private void fault(String name, String downstream, Step inject, Step end) throws Exception {
        long onset = load.now();
        inject.run();
        long injected = load.now();
        long opened = -1;
        while (opened < 0 || load.now() < injected + FAULT_MS) {
            if (opened < 0 && breaker(downstream) == 1) {
                opened = load.now() - injected;
            }
            assertThat(load.now() - injected).as("the breaker of " + downstream + " opened").isLessThan(30_000);
            Thread.sleep(100);
        }
        long ending = load.now();
        end.run();
        long ended = load.now();

        long recovered = -1;
        while (recovered < 0) {
            assertThat(load.now() - ended).as("complete views again within the breaker delay + 15 s")
                    .isLessThan(BREAKER_DELAY_MS + 15_000);
            Thread.sleep(200);
            recovered = recoveredAt(load.started(ended, Long.MAX_VALUE));
        }
        long recovery = recovered - ended;
        while (breaker(downstream) != 0) {
            assertThat(load.now() - ended).as("the breaker closed again").isLessThan(BREAKER_DELAY_MS + 20_000);
            Thread.sleep(100);
        }

        List<Outcome> during = load.ended(onset, load.now());
        assertThat(during).allSatisfy(o -> {
            assertThat(o.error()).as(o.toString()).isNull();
            assertThat(o.status()).as(o.toString()).isEqualTo(200);
            assertThat(o.latencyMs()).as(o.toString()).isLessThanOrEqualTo(DEADLINE_MS + MARGIN_MS);
        });
        List<Outcome> faulted = load.started(injected, ending).stream().filter(o -> o.endMs() <= ending).toList();
        assertThat(faulted).as("requests answered while the fault lasted").hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(o -> {
                    assertThat(o.complete()).as(o.toString()).isFalse();
                    assertThat(o.section(downstream)).as(o.toString()).isIn(DEGRADED);
                    o.sections().forEach((service, status) -> {
                        if (!service.equals(downstream)) {
                            assertThat(status).as(service + " in " + o).isEqualTo("complete");
                        }
                    });
                });
        assertThat(recovery).as("recovery").isLessThanOrEqualTo(BREAKER_DELAY_MS + 10_000);
        figures.add(row(name, during, opened, recovery));
    }

    /**
     * When the run of complete views that lasts to now began (ms since the load began), if it holds at least
     * eight requests; -1 otherwise.
     */
    private static long recoveredAt(List<Outcome> since) {
        int first = since.size();
        while (first > 0 && since.get(first - 1).complete()) {
            first--;
        }
        return since.size() - first >= 8 ? since.get(first).startMs() : -1;
    }

    /** How many answers of each kind, and the last three. */
    private static String summary(List<Outcome> outcomes) {
        var kinds = outcomes.stream().collect(java.util.stream.Collectors.groupingBy(
                o -> o.view() + " " + o.status() + (o.complete() ? " complete" : " partial " + o.sections()),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        return kinds + ", last: " + outcomes.subList(Math.max(0, outcomes.size() - 3), outcomes.size());
    }

    /**
     * The state of a downstream's breaker as the gateway's metrics show it: 0 closed, 1 open, 2 half-open. SmallRye
     * Fault Tolerance reports it as {@code ft_circuitbreaker_state_current{method="<downstream>",state="..."}}, 1.0 for
     * the current state (closed, open, halfOpen) and 0.0 for the others.
     */
    private static int breaker(String downstream) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(gateway + "/q/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> current = metrics.lines().filter(l -> l.startsWith("ft_circuitbreaker_state_current{")
                && l.contains("method=\"" + downstream + "\"")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) == 1.0).toList();
        if (current.size() != 1) {
            throw new AssertionError("no single current breaker state of " + downstream + " in /q/metrics: " + current);
        }
        String line = current.get(0);
        if (line.contains("state=\"closed\"")) {
            return 0;
        }
        if (line.contains("state=\"open\"")) {
            return 1;
        }
        if (line.contains("state=\"halfOpen\"")) {
            return 2;
        }
        throw new AssertionError("unknown breaker state of " + downstream + ": " + line);
    }

    private static String row(String name, List<Outcome> window, long opened, long recovered) {
        long errors = window.stream().filter(o -> o.status() != 200).count();
        long partial = window.stream().filter(o -> o.status() == 200 && !o.complete()).count();
        return "| " + name + " | " + window.size() + " | " + errors + " | " + partial + " | "
                + SteadyLoad.percentile(window, 99) + " | " + SteadyLoad.percentile(window, 100) + " | "
                + (opened < 0 ? "-" : opened) + " | " + (recovered < 0 ? "-" : recovered) + " |";
    }
}
