package org.chinaauto.e2e.badinput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A valid one-row load of a write endpoint (synthetic: publisher SYNBAD, brand and group slugs syn-bad-...), from
 * which each bad body differs in one way, and the columns that play each part in the mutations: a number, a code, a
 * constant (enum), a period, a date and a free text. A part an endpoint has no column for is null.
 *
 * @param csvColumns the CSV header, in order (null when the endpoint takes JSON only)
 */
record LoadBody(String service, String path, Map<String, Object> row, List<String> csvColumns, String number,
        String code, String constant, String period, String date, String text) {

    /** The valid load of every write endpoint the suite has; an endpoint missing here fails the corpus test. */
    static final List<LoadBody> ALL = List.of(
            new LoadBody("market", "/api/figures",
                    row("measure", "sales", "segment", "all", "period", "2091-11", "publisher", "SYNBAD", "value", 100,
                            "published", "2091-12-01", "source", "synthetic"),
                    List.of("measure", "segment", "period", "publisher", "value", "qualifier", "precision", "stated_as",
                            "reported_yoy_pct", "reported_yoy_qualifier", "definition", "published", "source",
                            "report_id", "quote", "attribution", "attribution_note", "notes"),
                    "value", "publisher", "segment", "period", "published", "notes"),
            new LoadBody("exports", "/api/figures",
                    row("powertrain", "all", "destination", "WORLD", "period", "2091-11", "publisher", "SYNBAD",
                            "definition", "syn-definition", "value", 100, "published", "2091-12-01", "source", "synthetic"),
                    List.of("powertrain", "destination", "period", "publisher", "definition", "value", "qualifier",
                            "precision", "stated_as", "rank", "reported_yoy_pct", "reported_yoy_qualifier",
                            "stated_growth", "stated_growth_from", "definition_note", "published", "source",
                            "report_id", "quote", "attribution", "attribution_note", "notes"),
                    "value", "publisher", "powertrain", "period", "published", "notes"),
            new LoadBody("deliveries", "/api/deliveries",
                    row("subject", "leapmotor", "period", "2091-11", "publisher", "SYNBAD", "deliveries", 100,
                            "published", "2091-12-01", "source", "synthetic"),
                    List.of("subject", "period", "publisher", "deliveries", "qualifier", "precision", "stated_yoy_pct",
                            "stated_mom_pct", "record", "notes", "published", "attribution", "attribution_note", "source",
                            "report_id", "quote"),
                    "deliveries", "publisher", "qualifier", "period", "published", "notes"),
            new LoadBody("deliveries", "/api/targets",
                    row("brand", "leapmotor", "year", 2091, "revision", 1, "value", 1000, "publisher", "SYNBAD",
                            "published", "2091-01", "source", "synthetic"),
                    List.of("brand", "year", "revision", "announced", "value", "low", "high", "publisher",
                            "stated_progress", "notes", "published", "attribution", "attribution_note", "source"),
                    "value", "brand", "attribution", null, "published", "notes"),
            new LoadBody("market", "/api/calendar/schedules",
                    row("publisher", "SYNBAD", "series", "sales", "frequency", "monthly", "window_from_day", 10,
                            "due_day", 14, "grace_days", 2, "basis", "synthetic"),
                    List.of("publisher", "series", "frequency", "window_from_day", "due_day", "grace_days", "basis",
                            "notes"),
                    "due_day", "publisher", "frequency", null, null, "basis"),
            new LoadBody("exports", "/api/calendar/schedules",
                    row("publisher", "SYNBAD", "series", "exports", "frequency", "monthly", "window_from_day", 10,
                            "due_day", 14, "grace_days", 2, "basis", "synthetic"),
                    List.of("publisher", "series", "frequency", "window_from_day", "due_day", "grace_days", "basis",
                            "notes"),
                    "due_day", "publisher", "frequency", null, null, "basis"),
            new LoadBody("deliveries", "/api/calendar/schedules",
                    row("publisher", "SYNBAD", "series", "deliveries", "frequency", "monthly", "window_from_day", 10,
                            "due_day", 14, "grace_days", 2, "basis", "synthetic"),
                    List.of("publisher", "series", "frequency", "window_from_day", "due_day", "grace_days", "basis",
                            "notes"),
                    "due_day", "publisher", "frequency", null, null, "basis"),
            new LoadBody("deliveries", "/api/brands",
                    row("slug", "syn-bad-brand", "name", "SYN bad brand", "carmaker", "synthetic-carmaker"),
                    null, null, "slug", null, null, null, "name"),
            new LoadBody("deliveries", "/api/groups",
                    row("slug", "syn-bad-group", "name", "SYN bad group", "leader", "synthetic-leader"),
                    null, null, "slug", null, null, null, "name"));

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** The row with one column set to {@code value} (a String is quoted in JSON, a {@link Raw} is not). */
    Map<String, Object> with(String column, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    /** The row without one column. */
    Map<String, Object> without(String column) {
        Map<String, Object> changed = new LinkedHashMap<>(row);
        changed.remove(column);
        return changed;
    }

    boolean takesCsv() {
        return csvColumns != null;
    }

    /** Whether a row can name the report and sentence it was read from (report_id, quote): a figure load. */
    boolean takesQuotes() {
        return csvColumns != null && csvColumns.contains("quote");
    }

    String json(List<Map<String, Object>> rows) {
        return rows.stream().map(LoadBody::object).collect(Collectors.joining(",", "[", "]"));
    }

    /** One row as a JSON object (a String is quoted, anything else, a {@link Raw} among them, written as it is). */
    static String object(Map<String, Object> row) {
        return row.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() instanceof String s ? quote(s) : e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    String csv(List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", csvColumns)).append('\n');
        for (Map<String, Object> r : rows) {
            csv.append(csvColumns.stream().map(c -> r.containsKey(c) ? String.valueOf(r.get(c)) : "")
                    .collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    byte[] json(Map<String, Object> r) {
        return json(List.of(r)).getBytes(StandardCharsets.UTF_8);
    }

    byte[] csv(Map<String, Object> r) {
        return csv(List.of(r)).getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A JSON value written as is (a number too large for any type, an object where a number belongs). */
    record Raw(String json) {
        @Override
        public String toString() {
            return json;
        }
    }
}
