package org.chinaauto.gateway.rest;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.problem.ProblemAnswer;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * One request relayed by {@link Relay}, from the caller's head to the last byte of the service's answer: the body
 * piped as it comes, with back-pressure both ways; the answer relayed as soon as its head comes; the half-sent request
 * reset; 408 for a body that stops coming, 504 and 503 for a service that does not answer or cannot be reached.
 */
final class RelayedRequest {

    private static final Logger LOG = Logger.getLogger(RelayedRequest.class);
    /** What a service's answer brings back to the caller. */
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Length", "Content-Disposition",
            "ETag", "Retry-After", "WWW-Authenticate");

    private final RoutingContext context;
    private final HttpServerRequest caller;
    private final String service;
    private final boolean read;
    private final long idleMillis;
    private final ProblemAnswer problems;
    private HttpClientRequest request;
    private boolean answered;
    private boolean bodyIn;
    private boolean sent;
    private boolean reset;
    private boolean paused;
    private long lastChunk = System.currentTimeMillis();
    private long idleTimer = -1;

    RelayedRequest(RoutingContext context, String service, boolean read, long idleMillis, ProblemAnswer problems) {
        this.context = context;
        this.caller = context.request();
        this.service = service;
        this.read = read;
        this.idleMillis = idleMillis;
        this.problems = problems;
    }

    void start(HttpClient http, RequestOptions options) {
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
