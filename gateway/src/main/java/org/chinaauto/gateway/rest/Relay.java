package org.chinaauto.gateway.rest;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.problem.ProblemAnswer;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.GatewayConfig.DownstreamConfig;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's pass-through: {@code /api/services/{market|exports|deliveries}/...} reaches the same path under the
 * service's {@code /api/}, on the event loop, with nothing held: the caller's body is piped into the service as it
 * arrives (a load of hundreds of megabytes included), and the service's answer is piped back as soon as it comes, even
 * before the whole body was sent (a refused load): the rest of the body is then read and dropped, and the connection
 * to the service, left with half a request, is reset. Sent once, never retried. A caller whose body stops coming is
 * answered 408; a service that does not answer in time 504, one that cannot be reached 503.
 */
@Singleton
public class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);
    private static final String PREFIX = "/api/services/";
    /** What a relayed request carries to the service (tracing adds its traceparent), and what its answer brings back. */
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Authorization", "Content-Type",
            "Content-Length", "If-None-Match");
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Length", "Content-Disposition",
            "ETag", "Retry-After", "WWW-Authenticate");

    private final GatewayConfig config;
    private final HttpClient http;
    private final ProblemAnswer problems;

    Relay(GatewayConfig config, Vertx vertx, ProblemAnswer problems) {
        this.config = config;
        this.problems = problems;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setMaxPoolSize(64));
    }

    void route(@Observes Router router) {
        router.route(PREFIX + ":service/*").method(HttpMethod.GET).method(HttpMethod.POST)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::relay);
    }

    private void relay(RoutingContext context) {
        HttpServerRequest caller = context.request();
        String service = context.pathParam("service");
        DownstreamConfig downstream = config.downstream().get(service);
        if (downstream == null) {
            problems.send(context, Problem.of(404, "Not found", "No downstream service named '" + service
                    + "'; known: " + config.downstream().keySet(), caller.path()));
            return;
        }
        // the path and query as the caller encoded them (decoded, a CR LF could end the request line)
        String target = caller.uri().substring(PREFIX.length() + service.length() + 1);
        if (target.startsWith("/") || target.contains("..")) {
            String detail = "not a service path: " + caller.path().substring(PREFIX.length() + service.length() + 1);
            problems.send(context, new InvalidInputException("path", detail).toProblem(caller.path()));
            return;
        }
        boolean read = caller.method() == HttpMethod.GET;
        String base = downstream.url().endsWith("/") ? downstream.url() : downstream.url() + "/";
        RequestOptions options = new RequestOptions().setMethod(caller.method()).setAbsoluteURI(base + "api/" + target)
                .setIdleTimeout((read ? downstream.timeout() : downstream.writeTimeout()).toMillis());
        REQUEST_HEADERS.forEach(name -> {
            String value = caller.getHeader(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        });
        new Passage(context, service, read).start(options);
    }

    /** One relayed request, from the caller's head to the last byte of the service's answer. */
    private final class Passage {

        private final RoutingContext context;
        private final HttpServerRequest caller;
        private final String service;
        private final boolean read;
        private final long idleMillis = config.relay().bodyIdleTimeout().toMillis();
        private HttpClientRequest request;
        private boolean answered;
        private boolean bodyIn;
        private boolean sent;
        private boolean reset;
        private boolean paused;
        private long lastChunk = System.currentTimeMillis();
        private long idleTimer = -1;

        Passage(RoutingContext context, String service, boolean read) {
            this.context = context;
            this.caller = context.request();
            this.service = service;
            this.read = read;
        }

        void start(RequestOptions options) {
            caller.exceptionHandler(e -> abandon("the caller's connection failed: " + e.getMessage()));
            context.response().closeHandler(v -> abandon("the caller closed its connection"));
            http.request(options).onSuccess(this::send).onFailure(this::failed);
        }

        private void send(HttpClientRequest request) {
            this.request = request;
            if (answered) {
                resetService(); // the caller went away meanwhile
                return;
            }
            if (!request.headers().contains("Content-Length") && !read) {
                request.setChunked(true);
            }
            request.response().onSuccess(this::answer).onFailure(this::failed);
            request.exceptionHandler(e -> { }); // a broken exchange fails the answer too, handled there once
            caller.handler(chunk -> {
                lastChunk = System.currentTimeMillis();
                request.write(chunk);
                if (request.writeQueueFull()) {
                    paused = true;
                    caller.pause();
                    request.drainHandler(v -> {
                        paused = false;
                        lastChunk = System.currentTimeMillis();
                        caller.resume();
                    });
                }
            });
            caller.endHandler(v -> bodyIn());
            if (caller.isEnded()) {
                bodyIn();
            } else if (!read) {
                idleTimer = context.vertx().setPeriodic(Math.max(100, idleMillis / 4), id -> checkIdle());
            }
        }

        private void bodyIn() {
            if (!bodyIn) {
                bodyIn = true;
                stopIdleTimer();
                if (!answered) {
                    sent = true;
                    request.end();
                }
            }
        }

        /** The service answered, whether or not it took the whole body: its answer goes back as it comes. */
        private void answer(HttpClientResponse answer) {
            if (answered) {
                return;
            }
            answered = true;
            if (!bodyIn) {
                // the service has what it wanted: the rest of the body is read and dropped
                caller.handler(chunk -> lastChunk = System.currentTimeMillis());
                if (paused) {
                    paused = false;
                    caller.resume();
                }
            }
            HttpServerResponse response = context.response().setStatusCode(answer.statusCode());
            ANSWER_HEADERS.forEach(name -> {
                String value = answer.getHeader(name);
                if (value != null) {
                    response.putHeader(name, value);
                }
            });
            if (!response.headers().contains("Content-Length")) {
                response.setChunked(true);
            }
            answer.pipeTo(response).onComplete(done -> {
                if (!sent) {
                    resetService(); // half a request on that connection: it cannot be used again
                }
            });
        }

        private void checkIdle() {
            if (bodyIn || paused || System.currentTimeMillis() - lastChunk < idleMillis) {
                return;
            }
            stopIdleTimer();
            LOG.warnf("A caller sent no part of its %s body to %s for %d ms; answered 408", caller.method(), service,
                    idleMillis);
            boolean wasAnswered = answered;
            answered = true;
            resetService();
            if (wasAnswered) {
                caller.connection().close();
                return;
            }
            problems.send(context, Problem.of(408, "Request body timeout", "No part of the request body came for "
                    + idleMillis + " ms; nothing was passed on to " + service, caller.path()))
                    .onComplete(v -> caller.connection().close());
        }

        /** The caller went away: the service must not take half a load for a whole one. */
        private void abandon(String why) {
            stopIdleTimer();
            if (!answered) {
                answered = true;
                LOG.infof("Relayed %s %s abandoned (%s); nothing more goes to %s", caller.method(), caller.path(), why,
                        service);
                resetService();
            }
        }

        private void failed(Throwable failure) {
            stopIdleTimer();
            if (reset) {
                return; // the relay's own doing
            }
            if (answered) {
                LOG.warnf("%s's answer to a relayed %s broke off: %s", service, caller.method(), failure.getMessage());
                caller.connection().close();
                return;
            }
            answered = true;
            resetService();
            boolean timeout = failure instanceof TimeoutException;
            String detail = timeout ? service + " did not answer within " + (read ? "the read timeout" : "the write timeout")
                    + (read ? "" : "; the write may still complete")
                    : failure instanceof ConnectException ? service + " could not be reached: " + failure.getMessage()
                    : service + " broke off the exchange: " + failure.getMessage();
            LOG.warnf("Relayed %s %s: %s; answered %d", caller.method(), caller.path(), detail, timeout ? 504 : 503);
            problems.send(context, Problem.of(timeout ? 504 : 503, timeout ? "Downstream timeout" : "Downstream unavailable",
                    detail, caller.path()));
        }

        /** Drops the request to the service, and with it the connection (HTTP/1.1 cannot take back half a request). */
        private void resetService() {
            if (request != null && !reset) {
                reset = true;
                request.reset();
            }
        }

        private void stopIdleTimer() {
            if (idleTimer >= 0) {
                context.vertx().cancelTimer(idleTimer);
                idleTimer = -1;
            }
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
