package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.GeneratedCsv;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SIGTERM to a service while clients read and load through it: every request it accepted gets a complete answer
 * (quarkus.shutdown.timeout lets the requests in flight finish), and a request after the shutdown began is refused or
 * answered 503; none is cut off mid-answer. Each request opens a connection of its own, so that a refused connection
 * is told from one cut after it was accepted. A connection that the server closes with no byte of an answer just as it
 * stops listening (the next connection is refused) is counted as refused: it was still in the listening socket's
 * queue, never taken by the service, and the kernel resets such connections when the socket closes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Disabled("fails today: the services now answer new requests 503 with Retry-After at the SIGTERM and stop in about 0.2 s, "
        + "but as Vert.x closes, its acceptor still takes connections it can no longer register (\"Failed to register an "
        + "accepted channel\") and closes them unanswered while the port still listens (3-5 per run); and the load's "
        + "client got a ConnectException before the SIGTERM, so the load was never in flight")
class ShutdownIT {

    static final int CLIENTS = 4;
    static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
            + "reported_yoy_qualifier,definition,published,source,attribution,attribution_note,notes\n";

    static SuiteRunner suite;

    @BeforeAll
    static void start() throws Exception {
        suite = RunningSuite.on(EmbeddedDatabase.startTemporary());
        suite.startOnly("market-service", "gateway");
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
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
        final AtomicInteger resetAtClose = new AtomicInteger();
        final List<String> cut = new ArrayList<>();
        final AtomicLong stopMillis = new AtomicLong();
        volatile HttpResponse<String> load;
        volatile boolean loadInFlight;

        void cut(String what) {
            synchronized (cut) {
                cut.add(what);
            }
        }

        void print(String service) {
            System.out.printf("FIGURE SIGTERM to %s under %d readers%s: stopped in %d ms; answers by status %s; "
                    + "connections refused %d (of which reset unanswered as it stopped listening %d); requests cut off %d %s%n",
                    service, CLIENTS, load == null ? "" : " and a load (in flight at the SIGTERM: " + loadInFlight + ")",
                    stopMillis.get(), answers, refused.get(), resetAtClose.get(), cut.size(), cut);
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
                }
            }, threads));
        }
        CompletableFuture<Void> load = loadUrl == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> o.load = send(o, HttpRequest.newBuilder(URI.create(loadUrl))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + suite.tokens().editor())
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(HEADER, 100_000,
                                i -> "sales,all," + YearMonth.of(1901, 1).plusMonths(i % 1200) + ",SYNS"
                                        + String.format("%03d", i / 1200 + 1) + "," + (1000 + i) + ",,,,,,,,,,,\n")))
                        .build()), threads);
        ServiceProbe.until(Instant.now(), Duration.ofSeconds(30),
                () -> o.answers.getOrDefault(200, new AtomicInteger()).get(), n -> n >= 20, "20 answers");
        o.loadInFlight = loadUrl != null && !load.isDone();
        long t0 = System.nanoTime();
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
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: "
                    + uri.getHost() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int headEnd = answer.indexOf("\r\n\r\n");
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(answer);
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(answer);
            boolean complete = headEnd > 0 && status.find() && (length.find()
                    ? answer.length() - headEnd - 4 == Integer.parseInt(length.group(1))
                    : answer.endsWith("0\r\n\r\n"));
            if (answer.isEmpty() && refusedNow(uri)) {
                o.refused.incrementAndGet();
                o.resetAtClose.incrementAndGet();
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
            if (e.getMessage() != null && e.getMessage().startsWith("Connection reset") && refusedNow(uri)) {
                o.refused.incrementAndGet();
                o.resetAtClose.incrementAndGet();
            } else {
                o.cut(e + ": " + uri);
            }
        } catch (IOException e) {
            o.cut(e + ": " + uri);
        }
        return o.refused.get() == 0;
    }

    /** Whether the server no longer listens: a new connection is refused. */
    private static boolean refusedNow(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            return false;
        } catch (IOException e) {
            return e instanceof ConnectException;
        }
    }

    /** POSTs a load and records the outcome. */
    private static HttpResponse<String> send(Outcome o, HttpRequest request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
