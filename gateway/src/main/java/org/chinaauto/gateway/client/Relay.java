package org.chinaauto.gateway.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.gateway.config.GatewayConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's pass-through to the services' own API over Vert.x's HTTP client: reads relayed as they are (any
 * content type), and writes (bulk loads of hundreds of megabytes) streamed through as they arrive, never held in
 * memory whole, with their own, longer timeout, and sent once.
 */
@Singleton
public class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);
    private static final int CHUNK = 64 * 1024;

    private final GatewayConfig config;
    private final HttpClient http;
    private final String authorization;

    Relay(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
        this.authorization = config.readToken().map(token -> "Bearer " + token).orElse(null);
    }

    /** A GET of {@code pathAndQuery} (relative to the service root) relayed as it is; not cached. */
    Call<Relayed> get(String downstream, String pathAndQuery, String accept) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(uri(downstream, pathAndQuery)).putHeader(HttpHeaders.ACCEPT, accept);
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return new Call<>(downstream, "relay " + pathAndQuery, etag -> Uni.createFrom().completionStage(() -> http
                .request(request).compose(HttpClientRequest::send).compose(Relay::read).toCompletionStage())
                // a 5xx stays a status, which the exchange counts as a failure; anything else is relayed
                .map(r -> RestResponse.ResponseBuilder.<Relayed> create(r.status() >= 500 ? r.status() : 200).entity(r).build()),
                false);
    }

    /**
     * Forwards a write once, streaming the body as it is read, with its declared length when the caller gave one
     * (chunked otherwise). Runs on a worker thread: it waits for each chunk to be written before reading the next.
     */
    public Relayed forward(String downstream, String method, String pathAndQuery, Map<String, String> headers,
            InputStream body, Long length) {
        Duration timeout = config.downstream().get(downstream).writeTimeout();
        Instant deadline = Instant.now().plus(timeout);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(method))
                .setAbsoluteURI(uri(downstream, pathAndQuery)).setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        HttpClientRequest request = null;
        try {
            request = await(http.request(options), deadline);
            if (length != null) {
                request.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
            } else {
                request.setChunked(true);
            }
            // the answer is read as soon as it comes, which may be before the whole body is sent (a rejected load)
            Future<Relayed> answer = request.response().compose(Relay::read);
            byte[] chunk = new byte[CHUNK];
            // a write is awaited only until the answer comes: a service that answers early (401, 413) may stop
            // reading, and the rest of the body would never be taken
            for (int n = body.read(chunk); n >= 0 && !answer.isComplete(); n = body.read(chunk)) {
                await(Future.any(request.write(Buffer.buffer(Arrays.copyOf(chunk, n))), answer), deadline);
            }
            if (!answer.isComplete()) {
                await(Future.any(request.end(), answer), deadline);
            }
            return await(answer, deadline);
        } catch (TimeoutException e) {
            if (request != null) {
                request.reset();
            }
            LOG.warnf("%s did not answer a relayed write within %d s; answered 504", downstream, timeout.toSeconds());
            throw new ProblemException(504, "Downstream timeout", downstream + " did not answer the write within "
                    + timeout.toSeconds() + " s; it may still complete");
        } catch (IOException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.warnf("%s could not be reached for a relayed request (%s); answered 503", downstream, cause.getMessage());
            throw new ProblemException(503, "Downstream unavailable", downstream + " could not be reached: "
                    + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "Downstream unavailable", "interrupted");
        }
    }

    private String uri(String downstream, String pathAndQuery) {
        String base = config.downstream().get(downstream).url();
        return URI.create(base.endsWith("/") ? base : base + "/").resolve(pathAndQuery).toString();
    }

    private static Future<Relayed> read(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        String challenge = response.getHeader("WWW-Authenticate");
        return response.body().map(body -> new Relayed(response.statusCode(), body.getBytes(),
                type == null ? "application/octet-stream" : type, challenge));
    }

    private static <T> T await(Future<T> future, Instant deadline)
            throws TimeoutException, ExecutionException, InterruptedException {
        long remaining = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        return future.toCompletionStage().toCompletableFuture().get(remaining, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
