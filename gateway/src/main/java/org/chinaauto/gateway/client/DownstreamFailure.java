package org.chinaauto.gateway.client;

/** A downstream call that failed in a way worth retrying and counting against the breaker. */
public class DownstreamFailure extends RuntimeException {

    private final String reason;

    public DownstreamFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** timeout, connect, server_error or other: the label of the failure metric. */
    public String reason() {
        return reason;
    }
}
