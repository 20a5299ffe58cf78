package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * Many editors loading overlapping figures into one service at the same time (8 threads x 10 loads, each load a
 * random half or more of 12 synthetic keys, each row with a value no other load has). Every load must be
 * acknowledged (no 5xx, no deadlock or serialization failure passed on), and what the service kept must be the
 * result of running the loads one after another: each load's rows carry one {@code loaded_at} (one commit), the loads'
 * commit times are distinct (a total order), every key's versions are exactly the loads that touched it in that
 * order with no gap between one version's end and the next one's start, each load's report (inserted / revised)
 * is what the serial replay predicts, the current values are the replay's, and a load acknowledged before another
 * was sent committed before it.
 */
class ConcurrentLoadsIT {

    static final int THREADS = 8;
    static final int LOADS_PER_THREAD = 10;
    static final List<String> PERIODS = List.of("2031-01", "2031-02", "2031-03");

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
    }

    /** A key: publisher and period (the rest of the key is fixed per service). */
    record Key(String publisher, String period) {
    }

    /** One load as the client saw it: nanoTimes of sending and of the acknowledgement. */
    record Load(int id, Map<Key, Long> values, long sent, long acknowledged, int status, String body) {
    }

    /** A version of a key as the service's history shows it. */
    record Version(long value, Instant loadedAt, Instant supersededAt) {
    }

    /** How one service takes a load and shows its history and current values. */
    record Target(String service, String path, String valueField, String fixedRow, String fixedQuery) {
    }

    @Test
    void concurrentMarketLoadsAreSerializable() throws Exception {
        check(new Target("market-service", "/api/figures", "value", "\"measure\":\"sales\",\"segment\":\"all\"",
                "measure=sales&segment=all"));
    }

    @Test
    void concurrentDeliveriesLoadsAreSerializable() throws Exception {
        // a known brand (the subject must exist), with synthetic publishers and future months
        check(new Target("deliveries-service", "/api/deliveries", "deliveries", "\"subject\":\"aito\"", "subject=aito"));
    }

    private void check(Target target) throws Exception {
        String base = suite.url(target.service());
        String run = "SYN-CONC-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36).toUpperCase();
        List<Key> keys = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            for (String period : PERIODS) {
                keys.add(new Key(run + "-" + p, period));
            }
        }
        List<Load> loads = runLoads(target, base, keys);

        assertThat(loads).hasSize(THREADS * LOADS_PER_THREAD).allSatisfy(l -> assertThat(l.status())
                .as("load %d: %s", l.id(), l.body()).isEqualTo(200));
        Map<Long, Load> byValue = new HashMap<>();
        loads.forEach(l -> l.values().values().forEach(v -> byValue.put(v, l)));

        // each key's versions: a chain in commit order, one per load that touched it
        Map<Load, Instant> commits = new HashMap<>();
        for (Key key : keys) {
            List<Version> versions = history(target, base, key);
            long touched = loads.stream().filter(l -> l.values().containsKey(key)).count();
            assertThat(versions).as("versions of %s", key).hasSize((int) touched);
            for (int i = 0; i < versions.size(); i++) {
                Version v = versions.get(i);
                Load load = byValue.get(v.value());
                assertThat(load).as("the load of value %d of %s", v.value(), key).isNotNull();
                assertThat(load.values().get(key)).as("%s", key).isEqualTo(v.value());
                Instant before = commits.putIfAbsent(load, v.loadedAt());
                assertThat(v.loadedAt()).as("one commit time for all rows of load %d", load.id())
                        .isEqualTo(before == null ? v.loadedAt() : before);
                if (i + 1 < versions.size()) {
                    assertThat(versions.get(i + 1).loadedAt()).as("%s versions in order", key).isAfter(v.loadedAt());
                    assertThat(v.supersededAt()).as("%s superseded when the next version came", key)
                            .isEqualTo(versions.get(i + 1).loadedAt());
                } else {
                    assertThat(v.supersededAt()).as("%s current version", key).isNull();
                }
            }
        }
        assertThat(commits).as("every acknowledged load is in the history").hasSize(loads.size());
        assertThat(new HashSet<>(commits.values())).as("distinct commit times").hasSize(loads.size());

        // replay the loads one after another in commit order: reports and final values must match
        List<Load> serial = loads.stream().sorted(Comparator.comparing(commits::get)).toList();
        Map<Key, Long> state = new HashMap<>();
        for (Load l : serial) {
            long existing = l.values().keySet().stream().filter(state::containsKey).count();
            JsonPath report = JsonPath.from(l.body());
            assertThat(report.getInt("revised")).as("revised of load %d", l.id()).isEqualTo((int) existing);
            assertThat(report.getInt("inserted")).as("inserted of load %d", l.id())
                    .isEqualTo(l.values().size() - (int) existing);
            state.putAll(l.values());
        }
        assertThat(current(target, base, keys)).as("current values").isEqualTo(state);

        // a load acknowledged before another was sent committed before it
        for (Load a : loads) {
            for (Load b : loads) {
                if (a.acknowledged() < b.sent()) {
                    assertThat(commits.get(a)).as("load %d before %d", a.id(), b.id()).isBefore(commits.get(b));
                }
            }
        }
        long[] ms = loads.stream().mapToLong(l -> (l.acknowledged() - l.sent()) / 1_000_000).sorted().toArray();
        long wall = (loads.stream().mapToLong(Load::acknowledged).max().orElseThrow()
                - loads.stream().mapToLong(Load::sent).min().orElseThrow()) / 1_000_000;
        System.out.printf("%s: %d concurrent loads (%d threads) of %d rows in all on %d keys, serializable; %d ms in all, "
                + "per load p50 %d ms, max %d ms%n", target.service(), loads.size(), THREADS, byValue.size(), keys.size(),
                wall, ms[ms.length / 2], ms[ms.length - 1]);
    }

    private List<Load> runLoads(Target target, String base, List<Key> keys) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Load>> futures = new ArrayList<>();
        Random random = new Random(42);
        for (int t = 0; t < THREADS; t++) {
            for (int n = 0; n < LOADS_PER_THREAD; n++) {
                int id = t * LOADS_PER_THREAD + n;
                List<Key> chosen = new ArrayList<>(keys);
                java.util.Collections.shuffle(chosen, random);
                Map<Key, Long> values = new HashMap<>();
                for (Key k : chosen.subList(0, keys.size() / 2 + random.nextInt(keys.size() / 2 + 1))) {
                    values.put(k, 1000L * (id + 1) + keys.indexOf(k)); // no other load has this value
                }
                futures.add(pool.submit(() -> {
                    go.await();
                    return send(target, base, id, values);
                }));
            }
        }
        go.countDown();
        List<Load> loads = new ArrayList<>();
        for (Future<Load> f : futures) {
            loads.add(f.get());
        }
        pool.shutdown();
        return loads;
    }

    private Load send(Target target, String base, int id, Map<Key, Long> values) throws Exception {
        StringBuilder body = new StringBuilder("[");
        values.forEach((k, v) -> body.append(body.length() > 1 ? "," : "").append('{').append(target.fixedRow())
                .append(",\"period\":\"").append(k.period()).append("\",\"publisher\":\"").append(k.publisher())
                .append("\",\"").append(target.valueField()).append("\":").append(v).append('}'));
        body.append(']');
        long sent = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + target.path()))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + suite.tokens().editor())
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        SuiteContract.record(r);
        return new Load(id, values, sent, System.nanoTime(), r.statusCode(), r.body());
    }

    private static List<Version> history(Target target, String base, Key key) throws Exception {
        JsonPath json = get(base + target.path() + "/history?" + target.fixedQuery() + "&publisher=" + key.publisher()
                + "&period=" + key.period());
        List<Version> versions = new ArrayList<>();
        for (Map<String, Object> v : json.<Map<String, Object>>getList("")) {
            Object superseded = v.get("superseded_at");
            versions.add(new Version(((Number) v.get(target.valueField())).longValue(),
                    Instant.parse((String) v.get("loaded_at")), superseded == null ? null : Instant.parse((String) superseded)));
        }
        return versions;
    }

    /** The current value of every key, from the service's list of figures. */
    private static Map<Key, Long> current(Target target, String base, List<Key> keys) throws Exception {
        Map<Key, Long> found = new HashMap<>();
        for (String publisher : keys.stream().map(Key::publisher).distinct().toList()) {
            JsonPath json = get(base + target.path() + "?" + target.fixedQuery() + "&publisher=" + publisher
                    + "&from=2031-01&to=2031-12&size=100");
            for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
                found.put(new Key(publisher, String.valueOf(item.get("period"))),
                        ((Number) item.get(target.valueField())).longValue());
            }
        }
        return found;
    }

    private static JsonPath get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        SuiteContract.record(r);
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return JsonPath.from(r.body());
    }
}
