package org.chinaauto.common.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageView;
import org.chinaauto.common.version.Snapshot;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Content negotiation between JSON and CSV for read endpoints. */
public final class CsvResponse {

    public static final String TEXT_CSV = "text/csv";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private CsvResponse() {
    }

    /**
     * True when the caller prefers CSV: {@code format=csv}, or an Accept header that ranks text/csv above JSON.
     */
    public static boolean wanted(HttpHeaders headers, Format format) {
        if (format != null) {
            return format == Format.CSV;
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** A CSV body with a header line, columns in the order of the record's {@code @JsonPropertyOrder}. */
    public static <T> Response.ResponseBuilder of(Class<T> type, List<T> rows, String filename) {
        return Response.ok(toCsv(type, rows), TEXT_CSV + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
    }

    /**
     * A paged list endpoint's answer: CSV rows (bulk-load columns) when the caller prefers CSV, else the page of JSON
     * views with the snapshot it was read at. When another page follows, a {@code Link} header names it
     * ({@code rel="next"}) and JSON says {@code has_more}.
     */
    public static <E, R, V> Response page(HttpHeaders headers, UriInfo uri, Format format, Page<E> result,
            Snapshot snapshot, Class<R> rowType, Function<E, R> row, Function<E, V> view, String filename) {
        Response.ResponseBuilder answer = wanted(headers, format)
                ? of(rowType, result.items().stream().map(row).toList(), filename)
                : Response.ok(PageView.of(result, view, snapshot), MediaType.APPLICATION_JSON);
        if (result.hasMore()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", result.page() + 1).build(), "next");
        }
        return answer.build();
    }

    /** Writes rows as CSV with a header, columns in the order of the record's components. */
    static <T> String toCsv(Class<T> type, List<T> rows) {
        CsvSchema schema = CSV.schemaFor(type).withHeader();
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writerFor(type).with(schema).writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
