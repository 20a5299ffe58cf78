package org.chinaauto.reports.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chinaauto.common.view.Numbers;
import org.chinaauto.reports.report.Measure;
import org.chinaauto.reports.report.ProposedFigure;
import org.chinaauto.reports.report.Report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A report's accepted figures as the load CSV of the service that keeps them, in that service's own columns: the
 * stated words ({@code stated_as}, from which the service fills value, qualifier and precision), the report as
 * {@code source}, its publication date, and each figure's report id and sentence ({@code report_id}, {@code quote}).
 */
public final class LoadRows {

    /** The resource each service loads on, and its columns in order. */
    private static final Map<String, String> RESOURCES = Map.of("market", "figures", "exports", "figures",
            "deliveries", "deliveries");
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "market", List.of("measure", "segment", "period", "publisher", "stated_as", "status", "reported_yoy_pct",
                    "published", "source", "attribution", "attribution_note", "report_id", "quote"),
            "exports", List.of("powertrain", "destination", "period", "publisher", "definition", "stated_as", "status",
                    "reported_yoy_pct", "published", "source", "attribution", "attribution_note", "report_id",
                    "quote"),
            "deliveries", List.of("subject", "period", "publisher", "stated_as", "status", "stated_yoy_pct",
                    "published", "attribution", "attribution_note", "source", "report_id", "quote"));
    private static final CsvMapper CSV = new CsvMapper();

    private LoadRows() {
    }

    public static String resource(String service) {
        return RESOURCES.get(service);
    }

    /** The CSV, header first, of the figures for {@code service}. */
    public static String csv(String service, Report report, List<ProposedFigure> figures) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.get(service).forEach(schema::addColumn);
        List<Map<String, String>> rows = figures.stream().map(f -> row(service, report, f)).toList();
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> row(String service, Report report, ProposedFigure f) {
        Map<String, String> row = new LinkedHashMap<>();
        switch (service) {
            case "market" -> {
                row.put("measure", f.measure == Measure.SHARE ? "sales_share" : f.measure.code());
                row.put("segment", f.segment);
                row.put("reported_yoy_pct", Numbers.plain(f.yoyPct));
            }
            case "exports" -> {
                row.put("powertrain", f.segment);
                row.put("destination", f.subject == null ? "WORLD" : f.subject);
                row.put("definition", f.publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        + "-exports");
                row.put("reported_yoy_pct", Numbers.plain(f.yoyPct));
            }
            default -> {
                row.put("subject", f.subject);
                row.put("stated_yoy_pct", Numbers.plain(f.yoyPct));
            }
        }
        row.put("period", f.period);
        row.put("publisher", f.publisher);
        row.put("stated_as", f.statedAs);
        row.put("status", Numbers.lower(f.status));
        row.put("published", report.published);
        row.put("source", source(report));
        row.put("attribution", Numbers.lower(f.attribution));
        row.put("attribution_note", f.attribution == org.chinaauto.common.version.Attribution.INFERRED ? f.reason
                : null);
        row.put("report_id", report.id.toString());
        row.put("quote", f.quote);
        return row;
    }

    /** The report as a figure's source: "Title" (outlet, published), report 12. */
    static String source(Report r) {
        return "\"" + r.title + "\" (" + (r.outlet == null ? "" : r.outlet + ", ") + r.published + "), report "
                + r.id;
    }
}
