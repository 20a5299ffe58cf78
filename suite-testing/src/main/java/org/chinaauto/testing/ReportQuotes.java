package org.chinaauto.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Figures that name the report they were read from ({@code report_id}, its id in reports-service) and the sentence
 * that states them ({@code quote}), as every data service's tests load and read them: kept and shown in JSON and
 * CSV, a download loading back unchanged, the same rows loaded again changing nothing, and a quote without its
 * report refused as a whole.
 */
public final class ReportQuotes {

    /** A sentence with what CSV must quote (a comma, double quotes) and words beyond Latin-1. */
    public static final String QUOTE = "Sales reached 1,000 vehicles, \"a record\"; 销量达到1000辆。";

    private static final String CSV = "text/csv; charset=utf-8";
    private static final String JSON = "application/json";

    private ReportQuotes() {
    }

    /**
     * Three figures of {@code publisher} loaded to {@code path} as CSV: the first naming report 7 and quoting its
     * sentence, the second naming report 8 alone, the third neither. Their list shows report_id and quote (null when
     * absent) in JSON, and as columns after source in CSV; the download loads back unchanged; the same rows loaded
     * again, as CSV or as JSON, change nothing; another sentence of the same report revises the figure.
     *
     * @param figure the load columns of a valid figure of the publisher for a month (2071-01 to 2071-03), in the load
     *        format's order, without report_id and quote; strings or numbers
     */
    public static void assertQuotedFiguresLoadAndReadBack(String path, String publisher,
            Function<String, Map<String, Object>> figure) {
        List<Map<String, Object>> rows = List.of(quoted(figure.apply("2071-01"), 7L, QUOTE),
                quoted(figure.apply("2071-02"), 8L, null), quoted(figure.apply("2071-03"), null, null));
        Editing.post(path, CSV, csv(rows)).statusCode(200).body("inserted", equalTo(3));
        given().queryParam("publisher", publisher).get(path).then().statusCode(200)
                .body("items.period", contains("2071-01", "2071-02", "2071-03"))
                .body("items.report_id", contains(7, 8, null))
                .body("items.quote", contains(QUOTE, null, null));

        String download = given().accept("text/csv").queryParam("publisher", publisher).get(path).then()
                .statusCode(200).extract().asString();
        assertThat(download.lines().findFirst().orElseThrow()).contains(",source,report_id,quote");
        assertThat(download).contains(",7,\"" + QUOTE.replace("\"", "\"\"") + "\"");
        Editing.post(path, CSV, download).statusCode(200).body("unchanged", equalTo(3));

        Editing.post(path, CSV, csv(rows)).statusCode(200).body("inserted", equalTo(0)).body("revised", equalTo(0))
                .body("unchanged", equalTo(3));
        Editing.post(path, JSON, json(rows)).statusCode(200).body("inserted", equalTo(0))
                .body("revised", equalTo(0)).body("unchanged", equalTo(3));
        assertThat(Editing.count(path, publisher)).isEqualTo(3);

        Editing.post(path, CSV, csv(List.of(quoted(figure.apply("2071-01"), 7L, "Another sentence of report 7."))))
                .statusCode(200).body("revised", equalTo(1));
        given().queryParam("publisher", publisher).get(path).then().statusCode(200)
                .body("items.quote", contains("Another sentence of report 7.", null, null));
    }

    /**
     * A batch to {@code path} with a quote that names no report, a report_id that is no id and a quote longer than
     * 2,000 characters is refused, as CSV and as JSON, with a problem naming each line and field; nothing of it is
     * written, not even its valid first row.
     *
     * @param figure as for {@link #assertQuotedFiguresLoadAndReadBack}, for months 2072-01 to 2072-04
     */
    public static void assertAQuoteWithoutItsReportIsRefused(String path, String publisher,
            Function<String, Map<String, Object>> figure) {
        List<Map<String, Object>> rows = List.of(quoted(figure.apply("2072-01"), 7L, QUOTE),
                quoted(figure.apply("2072-02"), null, QUOTE), quoted(figure.apply("2072-03"), 0L, null),
                quoted(figure.apply("2072-04"), 9L, "x".repeat(2001)));
        Editing.post(path, CSV, csv(rows)).statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3, 4, 5))
                .body("errors.field", contains("report_id", "report_id", "quote"))
                .body("errors[0].message", containsString("is required when a quote is given"))
                .body("errors[1].message", containsString("must be positive"))
                .body("errors[2].message", containsString("is longer than 2000 characters"));
        Editing.post(path, JSON, json(rows.subList(0, 2))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("report_id"));
        assertThat(Editing.count(path, publisher)).isZero();
    }

    private static Map<String, Object> quoted(Map<String, Object> figure, Long reportId, String quote) {
        Map<String, Object> row = new LinkedHashMap<>(figure);
        row.put("report_id", reportId);
        row.put("quote", quote);
        return row;
    }

    /** The rows as CSV, header first; null is an empty cell. */
    private static String csv(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", rows.get(0).keySet()));
        rows.forEach(r -> lines.add(r.values().stream().map(ReportQuotes::cell).collect(Collectors.joining(","))));
        return String.join("\n", lines) + "\n";
    }

    private static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        return s.matches(".*[\",\n\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The rows as a JSON array; a null is left out, as a JSON load takes a missing field. */
    private static String json(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> string(e.getKey()) + ":" + (e.getValue() instanceof Number ? e.getValue()
                        : string(e.getValue().toString())))
                .collect(Collectors.joining(",", "{", "}"))).collect(Collectors.joining(",", "[", "]"));
    }

    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
