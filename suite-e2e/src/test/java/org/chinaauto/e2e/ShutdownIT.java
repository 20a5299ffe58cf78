package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.GeneratedCsv;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SIGTERM to a service while clients read and load through it: every request sent before the SIGTERM, the load in
 * flight among them, gets a complete answer (200, or 503 with Retry-After); a request sent after it gets a complete
 * 503 with Retry-After, a refused connection, or a connection closed without a byte of answer as the service stops
 * (counted and reported: it was not taken up, nothing was done for it, and the client can tell it from an answer);
 * no answer is ever cut off part-way. Each request opens a connection of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShutdownIT {

    static final int CLIENTS = 4;
    /**
     * Rows of the load: enough that it is still in flight at the SIGTERM (1 MB of about 4.5 MB sent), few enough that
     * it finishes well within the services' 20 s {@code quarkus.shutdown.timeout} while the readers take their 503s on
     * the same two cores (200,000 rows took 13 to 18 s there with readers that did not pause, and beyond 20 s the
     * service is right to cut it).
     */
    static final int LOAD_ROWS = 100_000;
    static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
            + "reported_yoy_qualifier,definition,published,source,attribution,attribution_note,notes\n";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.on(EmbeddedDatabase.startTemporary()));
        suite.startOnly("market-service", "gateway");
    }

    @Test
    @Order(1)
    void theGatewayFinishesWhatItAcceptedWhenTerminated() throws Exception {
        Outcome o = terminateUnderLoad("gateway", suite.url("gateway") + "/api/services/market/figures?size=100",
                null);
        o.print("gateway");
        o.assertNothingCut();
    }

    @Test
    @Order(2)
    void aDataServiceFinishesItsReadsAndALoadInFlightWhenTerminated() throws Exception {
        Outcome o = terminateUnderLoad("market-service", suite.url("market-service") + "/api/figures?size=100",
                suite.url("market-service") + "/api/figures");
        o.print("market-service");
        o.assertNothingCut();
        assertThat(o.loadInFlight).as("the load was in flight at the SIGTERM").isTrue();
        assertThat(o.load).as("the load's answer").isNotNull();
        assertThat(o.load.statusCode()).as(o.load.body()).isEqualTo(200);
    }

    /** What the clients got: answers by status, refused connections, requests cut off, and the load's answer. */
    static final class Outcome {
        final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();
        /** Sent after the SIGTERM, closed without a byte of answer while the service stopped: nothing was done. */
        final AtomicInteger turnedAway = new AtomicInteger();
        final AtomicLong loadBytesSent = new AtomicLong();
        volatile long sigtermAt = Long.MAX_VALUE;
        final List<String> cut = new ArrayList<>();
        final AtomicLong stopMillis = new AtomicLong();
        volatile HttpResponse<String> load;
        volatile boolean loadInFlight;

        boolean sentAfterTheSigterm(long sentAt) {
            return sentAt - sigtermAt >= 0;
        }

        void cut(String what) {
            synchronized (cut) {
                cut.add(what);
            }
        }

        void print(String service) {
            System.out.printf("FIGURE SIGTERM to %s under %d readers%s: stopped in %d ms; answers by status %s; "
                    + "connections refused %d; sent after the SIGTERM and closed unanswered as it stopped %d; requests cut off %d %s%n",
                    service, CLIENTS, load == null ? "" : " and a load (in flight at the SIGTERM: " + loadInFlight + ")",
                    stopMillis.get(), answers, refused.get(), turnedAway.get(), cut.size(), cut);
        }

        void assertNothingCut() {
            assertThat(cut).as("requests cut off").isEmpty();
            assertThat(answers.getOrDefault(200, new AtomicInteger()).get()).as("answers before the shutdown").isPositive();
            assertThat(answers.keySet()).as("statuses").isSubsetOf(200, 503);
        }
    }

    private static Outcome terminateUnderLoad(String service, String read, String loadUrl) throws Exception {
        Outcome o = new Outcome();
        AtomicBoolean stopped = new AtomicBoolean();
        // threads of their own: the common pool may have a single thread on a small machine, which would run the
        // clients one after the other and the load after them
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(CompletableFuture.runAsync(() -> {
                // until the service refuses connections: every request on a new connection
                while (!stopped.get() || o.refused.get() == 0) {
                    if (!request(o, URI.create(read))) {
                        return;
                    }
                    if (o.sentAfterTheSigterm(System.nanoTime())) {
                        // a short pause between 503s, so that the readers do not take the cores the load finishes on
                        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
                    }
                }
            }, threads));
        }
        CompletableFuture<Void> load = loadUrl == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> o.load = send(o, HttpRequest.newBuilder(URI.create(loadUrl))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + suite.tokens().editor())
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new FilterInputStream(new GeneratedCsv(
                                HEADER, LOAD_ROWS, i -> "sales,all," + YearMonth.of(1901, 1).plusMonths(i % 1200) + ",SYNS"
                                        + String.format("%03d", i / 1200 + 1) + "," + (1000 + i) + ",,,,,,,,,,,\n")) {
                            @Override
                            public int read(byte[] b, int off, int len) throws IOException {
                                int n = super.read(b, off, len);
                                o.loadBytesSent.addAndGet(Math.max(n, 0));
                                return n;
                            }
                        }))
                        .build()), threads);
        ServiceProbe.until(Instant.now(), Duration.ofSeconds(30),
                () -> o.answers.getOrDefault(200, new AtomicInteger()).get(), n -> n >= 20, "20 answers");
        if (loadUrl != null) {
            // in flight: a good part of its body sent, its answer not yet come
            ServiceProbe.until(Instant.now(), Duration.ofSeconds(30), o.loadBytesSent::get, n -> n >= 1_000_000,
                    "1 MB of the load sent");
        }
        o.loadInFlight = loadUrl != null && !load.isDone();
        long t0 = System.nanoTime();
        o.sigtermAt = t0;
        suite.stop(service);
        o.stopMillis.set((System.nanoTime() - t0) / 1_000_000);
        stopped.set(true);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
        load.get();
        threads.shutdown();
        return o;
    }

    /** GETs on a connection of its own (Connection: close) and records the outcome; false once connections are refused. */
    private static boolean request(Outcome o, URI uri) {
        long sent = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(60_000);
            sent = System.nanoTime();
            socket.getOutputStream().write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: "
                    + uri.getHost() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int headEnd = answer.indexOf("\r\n\r\n");
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(answer);
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(answer);
            boolean complete = headEnd > 0 && status.find() && (length.find()
                    ? answer.length() - headEnd - 4 == Integer.parseInt(length.group(1))
                    : answer.endsWith("0\r\n\r\n"));
            if (answer.isEmpty() && o.sentAfterTheSigterm(sent)) {
                o.turnedAway.incrementAndGet();
            } else if (!complete) {
                o.cut("incomplete answer (" + answer.length() + " bytes): " + uri);
            } else if (status.group(1).equals("503") && !Pattern.compile("(?im)^retry-after: *\\d+").matcher(answer).find()) {
                o.cut("a 503 without Retry-After: " + uri);
            } else {
                o.answers.computeIfAbsent(Integer.parseInt(status.group(1)), k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (ConnectException e) {
            o.refused.incrementAndGet();
        } catch (SocketException e) {
            if (o.sentAfterTheSigterm(sent) && e.getMessage() != null && e.getMessage().startsWith("Connection reset")) {
                o.turnedAway.incrementAndGet();
            } else {
                o.cut(e + ": " + uri);
            }
        } catch (IOException e) {
            o.cut(e + ": " + uri);
        }
        return o.refused.get() == 0;
    }

    /**
     * POSTs a load over HTTP/1.1, as the readers send theirs (the JDK's client would otherwise upgrade the connection
     * to HTTP/2 with h2c), and records the outcome.
     */
    private static HttpResponse<String> send(Outcome o, HttpRequest request) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                    HttpResponse.BodyHandlers.ofString());
            SuiteContract.record(r);
            o.answers.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            return r;
        } catch (IOException e) {
            o.cut(e + ": the load");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
