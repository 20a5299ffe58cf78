package org.chinaauto.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/**
 * A steady load on the gateway's views: a few client threads, each asking for the November 2025 overview and the
 * 2025 timeline in turn, without pause, recording every request: when it started and ended, its status, whether the
 * view was complete and the status of each service's section.
 */
final class SteadyLoad implements AutoCloseable {

    /** The section of each view that each service fills. */
    private static final Map<String, Map<String, String>> SECTIONS = Map.of(
            "overview", Map.of("market", "sections.market.status", "exports", "sections.exports.status",
                    "deliveries", "sections.brand_ranking.status"),
            "timeline", Map.of("market", "sections.market.status", "exports", "sections.exports.status",
                    "deliveries", "sections.deliveries.status"));
    private static final Map<String, String> PATHS = Map.of("overview", "/api/overview?period=2025-11",
            "timeline", "/api/timeline?from=2025-01&to=2025-11");

    /** One request: times in ms since the load began; status -1 and an error when there was no answer. */
    record Outcome(String view, long startMs, long endMs, int status, boolean complete, Map<String, String> sections,
            String error) {

        long latencyMs() {
            return endMs - startMs;
        }

        String section(String service) {
            return sections.get(service);
        }
    }

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService clients;
    private final long began = System.nanoTime();
    private volatile boolean running = true;

    SteadyLoad(String gateway, int threads) {
        this.gateway = gateway;
        this.clients = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            boolean overviewFirst = i % 2 == 0;
            clients.submit(() -> {
                for (int n = 0; running; n++) {
                    request((n % 2 == 0) == overviewFirst ? "overview" : "timeline");
                }
            });
        }
    }

    /** Milliseconds since the load began. */
    long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    }

    private void request(String view) {
        long start = now();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + PATHS.get(view)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            SuiteContract.record(r);
            boolean complete = false;
            Map<String, String> sections = Map.of();
            if (r.statusCode() == 200) {
                JsonPath json = JsonPath.from(r.body());
                complete = json.getBoolean("complete");
                sections = new java.util.HashMap<>();
                for (var s : SECTIONS.get(view).entrySet()) {
                    sections.put(s.getKey(), json.getString(s.getValue()));
                }
            }
            outcomes.add(new Outcome(view, start, now(), r.statusCode(), complete, sections, null));
        } catch (Exception e) {
            outcomes.add(new Outcome(view, start, now(), -1, false, Map.of(), e.toString()));
        }
    }

    /** The requests that started at or after {@code fromMs} and before {@code toMs}, in the order they started. */
    List<Outcome> started(long fromMs, long toMs) {
        List<Outcome> list = new ArrayList<>(outcomes.stream().filter(o -> o.startMs() >= fromMs && o.startMs() < toMs).toList());
        list.sort(Comparator.comparingLong(Outcome::startMs));
        return list;
    }

    /** The requests that ended at or after {@code fromMs} and before {@code toMs}. */
    List<Outcome> ended(long fromMs, long toMs) {
        return outcomes.stream().filter(o -> o.endMs() >= fromMs && o.endMs() < toMs).toList();
    }

    /** The given percentile (0-100) of the requests' latencies, in ms. */
    static long percentile(List<Outcome> list, double p) {
        long[] sorted = list.stream().mapToLong(Outcome::latencyMs).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }
}
