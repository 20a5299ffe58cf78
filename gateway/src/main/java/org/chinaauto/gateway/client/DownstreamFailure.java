package org.chinaauto.gateway.client;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import org.chinaauto.common.problem.Problem;

/** A downstream call that failed in a way worth retrying and counting against the breaker (5xx, unreadable answer). */
public class DownstreamFailure extends RuntimeException {

    private final String reason;

    public DownstreamFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * The label of the failure metric for any failure of a call: timeout, connect, server_error, breaker_open or
     * other.
     */
    static String reasonOf(Throwable failure) {
        if (failure instanceof DownstreamFailure f) {
            return f.reason;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "breaker_open";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException) {
                return "timeout";
            }
            if (t instanceof ConnectException || t instanceof io.netty.channel.ConnectTimeoutException) {
                return "connect";
            }
        }
        return "other";
    }

    /** Why a section is not complete, as a 503 problem naming the downstream and what went wrong. */
    static Problem problemOf(String downstream, Throwable failure, long timeoutMs) {
        String detail = switch (reasonOf(failure)) {
            case "breaker_open" -> downstream + " is failing repeatedly; its circuit breaker is open and calls are paused";
            case "timeout" -> downstream + " did not answer within " + timeoutMs + " ms";
            case "connect" -> downstream + " is unreachable (connection refused)";
            default -> failure instanceof DownstreamFailure ? failure.getMessage()
                    : downstream + " failed: " + failure.getMessage();
        };
        return Problem.of(503, "Downstream unavailable", detail, null);
    }
}
