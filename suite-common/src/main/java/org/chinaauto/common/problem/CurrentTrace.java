package org.chinaauto.common.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The id of the trace the current request belongs to (W3C trace context, 32 hex digits), as the log lines of the
 * request carry it (traceId); every service brings OpenTelemetry, and ids exist whether spans are exported or not.
 */
final class CurrentTrace {

    private CurrentTrace() {
    }

    /** The current trace's id, or null outside a traced request. */
    static String id() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
