package org.chinaauto.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One service seen as a client sees it: each request timed, with its status, Retry-After and body, or the I/O error
 * that ended it; health endpoints; polling with a deadline. Every answer must meet the service's document.
 */
final class ServiceProbe {

    /** What a request got: an answer, or the I/O error that ended it (status 0). */
    record Answer(int status, String contentType, String retryAfter, String body, Duration elapsed, String error) {

        boolean isProblem503() {
            return status == 503 && contentType.startsWith("application/problem+json") && !retryAfter.isEmpty();
        }

        @Override
        public String toString() {
            return (status == 0 ? "no answer (" + error + ")" : status + " " + contentType + " Retry-After=" + retryAfter)
                    + " after " + elapsed.toMillis() + " ms";
        }
    }

    /** Any request gives up after this: far above every bound a test asserts, so that a hang shows as a failure. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    ServiceProbe(String base, String token) {
        this.base = base;
        this.token = token;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(CLIENT_TIMEOUT).GET().build());
    }

    /** POSTs a CSV load with the editor token, the body read from {@code body} as it is sent. */
    Answer loadCsv(String path, Supplier<InputStream> body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build());
    }

    boolean ready() {
        return get("/q/health/ready").status() == 200;
    }

    boolean live() {
        return get("/q/health/live").status() == 200;
    }

    private Answer send(HttpRequest request) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(""), r.body(), Duration.between(start, Instant.now()),
                    null);
            SuiteContract.verify(request.method(), request.uri(), answer.status(), answer.contentType(), answer.body());
            return answer;
        } catch (IOException e) {
            return new Answer(0, "", "", "", Duration.between(start, Instant.now()), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls {@code check} (at most every 200 ms) until it holds; returns how long that took from {@code since}, or
     * throws when it does not hold within {@code deadline}.
     */
    static <T> Duration until(Instant since, Duration deadline, Supplier<T> check, Predicate<T> holds, String what)
            throws InterruptedException {
        T last = null;
        while (Duration.between(since, Instant.now()).compareTo(deadline) < 0) {
            Instant tried = Instant.now();
            last = check.get();
            if (holds.test(last)) {
                return Duration.between(since, Instant.now());
            }
            long rest = 200 - Duration.between(tried, Instant.now()).toMillis();
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        throw new AssertionError(what + " did not happen within " + deadline.toSeconds() + " s; last: " + last);
    }
}
