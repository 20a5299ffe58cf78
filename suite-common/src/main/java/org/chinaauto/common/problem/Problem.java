package org.chinaauto.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * RFC 9457 problem details, with an {@code errors} extension listing every offending field and, on a 5xx, a
 * {@code trace_id} extension: the id of the request's trace, which the service's log lines of that request carry
 * (traceId), so that an operator finds the cause from the answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        @JsonProperty("trace_id") String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Seconds a 503 asks a client to wait before trying again (its Retry-After): long enough for a database to
     * restart or for the orchestrator to route the client to another instance. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** A problem with its offending fields; a 5xx carries the current trace's id. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, status >= 500 ? CurrentTrace.id() : null);
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem(typeFor(status), title, status, detail, instance, null);
    }

    /** A stable type URI per status, so that clients can switch on it. */
    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "https://chinaauto.org/problems/invalid-input";
            case 401 -> "https://chinaauto.org/problems/unauthenticated";
            case 403 -> "https://chinaauto.org/problems/forbidden";
            case 404 -> "https://chinaauto.org/problems/not-found";
            case 406 -> "https://chinaauto.org/problems/not-acceptable";
            case 413 -> "https://chinaauto.org/problems/body-too-large";
            case 415 -> "https://chinaauto.org/problems/unsupported-media-type";
            case 422 -> "https://chinaauto.org/problems/unprocessable";
            case 429 -> "https://chinaauto.org/problems/too-many-requests";
            case 503 -> "https://chinaauto.org/problems/unavailable";
            case 504 -> "https://chinaauto.org/problems/timeout";
            default -> status >= 500 ? "https://chinaauto.org/problems/internal" : "about:blank";
        };
    }
}
