package org.chinaauto.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for an OpenTelemetry collector: an OTLP/HTTP receiver (protobuf) on a free port that keeps every span
 * the services export, each with the name of the service that sent it.
 */
final class OtlpReceiver implements AutoCloseable {

    /** A span as exported: ids in lower-case hex (parent empty for a root), kind as OTLP numbers it. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
            Instant start, Map<String, String> attributes) {

        boolean isRoot() {
            return parentSpanId.isEmpty();
        }

        /** True for a span of a database statement (JDBC telemetry names its system). */
        boolean isDatabaseQuery() {
            return kind == Span.SpanKind.SPAN_KIND_CLIENT
                    && (attributes.containsKey("db.system") || attributes.containsKey("db.system.name"));
        }
    }

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/", receiver::receive);
        server.start();
        return receiver;
    }

    /** The base URL to export to (the exporter adds /v1/traces). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The paths export requests were posted to. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace once {@code complete} holds for them, polled until the deadline. */
    List<ExportedSpan> awaitTrace(String traceId, Predicate<List<ExportedSpan>> complete, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<ExportedSpan> trace = trace(traceId);
        while (!complete.test(trace) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            trace = trace(traceId);
        }
        return trace;
    }

    List<ExportedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            paths.add(exchange.getRequestURI().getPath());
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = attributes(resource.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        spans.add(new ExportedSpan(service, hex(span.getTraceId().toByteArray()),
                                hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()),
                                span.getName(), span.getKind(), Instant.EPOCH.plusNanos(span.getStartTimeUnixNano()),
                                attributes(span.getAttributesList())));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static Map<String, String> attributes(List<KeyValue> list) {
        Map<String, String> map = new LinkedHashMap<>();
        for (KeyValue kv : list) {
            AnyValue v = kv.getValue();
            map.put(kv.getKey(), switch (v.getValueCase()) {
                case STRING_VALUE -> v.getStringValue();
                case INT_VALUE -> Long.toString(v.getIntValue());
                case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(v.getDoubleValue());
                default -> v.toString();
            });
        }
        return map;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Spans of the trace by id, for walking up from a span to its ancestors. */
    static Map<String, ExportedSpan> byId(List<ExportedSpan> trace) {
        Map<String, ExportedSpan> map = new LinkedHashMap<>();
        trace.forEach(s -> map.put(s.spanId(), s));
        return map;
    }

    /** The ancestors of a span within the trace, nearest first. */
    static List<ExportedSpan> ancestors(ExportedSpan span, Map<String, ExportedSpan> byId) {
        List<ExportedSpan> chain = new ArrayList<>();
        for (ExportedSpan p = byId.get(span.parentSpanId()); p != null; p = byId.get(p.parentSpanId())) {
            chain.add(p);
        }
        return chain;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
