package org.chinaauto.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the services do in production, done to train their AOT caches ({@link TrainingRun}): the probes and scrapes
 * Kubernetes and Prometheus make, each service's main reads, the gateway's views and dashboard as the page loads them,
 * its pass-through, and a load of synthetic figures through the gateway and directly. Every answer must be a success:
 * a workload that no longer matches the API fails the training instead of training on errors.
 */
final class TrainingWorkload {

    private static final String PERIOD = "2025-01/2025-11";
    private static final List<String> PROBES = List.of("/q/health/live", "/q/health/ready", "/q/health/started",
            "/q/metrics");
    private static final Map<String, List<String>> READS = Map.of(
            "market-service", List.of("/api/summary?period=" + PERIOD, "/api/figures?size=50",
                    "/api/series?measure=sales&segment=all&from=2020-01&to=2025-12", "/api/calendar",
                    "/api/changes?limit=100"),
            "exports-service", List.of("/api/reconciliation?period=" + PERIOD, "/api/overview?period=" + PERIOD,
                    "/api/figures?size=50", "/api/calendar"),
            "deliveries-service", List.of("/api/rankings?period=" + PERIOD, "/api/overview?period=2025-11",
                    "/api/brands", "/api/deliveries?size=50", "/api/rollups?period=2025-11", "/api/calendar"),
            "reports-service", List.of("/api/reports"),
            "gateway", List.of("/", "/dashboard.css", "/dashboard/main.js", "/api/overview?period=" + PERIOD,
                    "/api/overview?period=2025-11", "/api/timeline?from=2020-01&to=2025-12",
                    "/api/reconciliation?measure=exports&period=2024", "/api/calendar", "/api/changes?limit=100",
                    "/api/services/market/figures?size=50", "/api/services/deliveries/brands"));
    /** Rounds of reads: enough for the JIT to compile what production's reads run most, and profile it. */
    private static final int ROUNDS = 40;
    private static final String MARKET_CSV_HEADER = "measure,segment,period,publisher,value\n";
    private static final String DELIVERIES_CSV_HEADER = "subject,period,publisher,deliveries\n";

    private final SuiteRunner suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int requests;

    TrainingWorkload(SuiteRunner suite) {
        this.suite = suite;
    }

    /** Runs the workload; returns the number of requests made. */
    int run() throws IOException, InterruptedException {
        for (int round = 0; round < ROUNDS; round++) {
            for (String service : suite.running()) {
                for (String path : PROBES) {
                    get(service, path);
                }
                for (String path : READS.getOrDefault(service, List.of())) {
                    get(service, path);
                }
            }
            if (round % 10 == 0) {
                load(round);
            }
        }
        return requests;
    }

    /** Synthetic figures (publisher SYN-TRAINING, in the training run's throw-away database): through the gateway and directly. */
    private void load(int round) throws IOException, InterruptedException {
        StringBuilder market = new StringBuilder(MARKET_CSV_HEADER);
        StringBuilder deliveries = new StringBuilder(DELIVERIES_CSV_HEADER);
        for (int i = 0; i < 500; i++) {
            String period = (2040 + i / 12) + "-" + String.format("%02d", i % 12 + 1);
            market.append("sales,all,").append(period).append(",SYN-TRAINING,").append(1000 + round + i).append('\n');
            deliveries.append("aito,").append(period).append(",SYN-TRAINING,").append(100 + round + i).append('\n');
        }
        post("gateway", "/api/services/market/figures", market.toString());
        post("market-service", "/api/figures", market.toString());
        post("deliveries-service", "/api/deliveries", deliveries.toString());
    }

    private void get(String service, String path) throws IOException, InterruptedException {
        send(service, HttpRequest.newBuilder(URI.create(suite.url(service) + path)).GET());
    }

    private void post(String service, String path, String csv) throws IOException, InterruptedException {
        send(service, HttpRequest.newBuilder(URI.create(suite.url(service) + path)).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + suite.tokens().editor())
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private void send(String service, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        requests++;
        HttpRequest sent = answer.request();
        if (answer.statusCode() >= 300) {
            String said = new String(answer.body(), StandardCharsets.UTF_8);
            throw new IllegalStateException(sent.method() + " " + sent.uri() + " answered " + answer.statusCode()
                    + " (" + said.substring(0, Math.min(300, said.length())) + "): the training workload no longer "
                    + "matches " + service + "'s API");
        }
    }
}
