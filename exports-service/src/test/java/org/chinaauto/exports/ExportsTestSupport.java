package org.chinaauto.exports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinaauto.testing.Editing;

import io.restassured.response.ValidatableResponse;

/** Loads and tokens shared by the exports-service tests. */
final class ExportsTestSupport {

    /** The load columns, in the order of a download. */
    static final List<String> COLUMNS = List.of("powertrain", "destination", "period", "publisher", "definition",
            "value", "qualifier", "precision", "stated_as", "status", "rank", "reported_yoy_pct", "reported_yoy_qualifier",
            "stated_growth", "stated_growth_from", "definition_note", "published", "source", "report_id", "quote",
            "attribution", "attribution_note", "notes");

    static final String HEADER = String.join(",", COLUMNS) + "\n";

    private ExportsTestSupport() {
    }

    /** A CSV row with only the identity and the value (or rank) filled in. */
    static String row(String powertrain, String destination, String period, String publisher, String definition,
            Object value, Object rank) {
        return row(powertrain, destination, period, publisher, definition, value, rank, Map.of());
    }

    /** A CSV row with the identity, the value (or rank) and any other columns by name. */
    static String row(String powertrain, String destination, String period, String publisher, String definition,
            Object value, Object rank, Map<String, String> more) {
        Map<String, Object> cells = new HashMap<>(more);
        cells.putAll(Map.of("powertrain", powertrain, "destination", destination, "period", period,
                "publisher", publisher, "definition", definition));
        if (value != null) {
            cells.put("value", value);
        }
        if (rank != null) {
            cells.put("rank", rank);
        }
        return COLUMNS.stream().map(c -> quoted(cells.get(c))).collect(Collectors.joining(",")) + "\n";
    }

    private static String quoted(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static ValidatableResponse loadCsv(String csv) {
        return Editing.post("/api/figures", "text/csv", csv);
    }

    static ValidatableResponse loadJson(String json) {
        return Editing.post("/api/figures", "application/json", json);
    }

    static long count(String publisher) {
        return Editing.count("/api/figures", publisher);
    }
}
