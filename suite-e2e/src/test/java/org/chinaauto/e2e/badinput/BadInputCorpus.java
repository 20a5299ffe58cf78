package org.chinaauto.e2e.badinput;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.e2e.badinput.LoadBody.Raw;

/**
 * The bad requests, made from the operations of the OpenAPI documents: every query and path parameter of every read
 * gets the bad values of its kind, and every write endpoint (directly and through the gateway's pass-through) gets
 * every kind of bad body, and reports-service's writes every kind of bad submission, review, path and credentials. A
 * parameter or a write endpoint the corpus has no rule for is reported as missing, so that a new endpoint cannot go
 * untried.
 */
final class BadInputCorpus {

    /** A valid value of each parameter that some read requires; each bad case changes one of them. */
    static final Map<String, String> VALID = Map.ofEntries(Map.entry("period", "2025-11"), Map.entry("from", "2025-01"),
            Map.entry("to", "2025-11"), Map.entry("measure", "sales"), Map.entry("segment", "all"),
            Map.entry("subject", "leapmotor"), Map.entry("slug", "leapmotor"), Map.entry("service", "market"),
            Map.entry("path", "figures"));

    /** Valid values that differ for one operation (growth compares two periods of one length; groups have slugs). */
    static final Map<String, Map<String, String>> VALID_FOR = Map.of(
            "exports /api/growth", Map.of("from", "2020", "to", "2024", "publisher", "GACC", "definition",
                    "customs-incl-chassis"),
            "exports /api/figures/history", Map.of("powertrain", "all", "destination", "WORLD", "publisher", "GACC",
                    "period", "2025-01/2025-11"),
            "deliveries /api/groups/{slug}", Map.of("slug", "hima"),
            "deliveries /api/groups/{slug}/rollup", Map.of("slug", "hima"),
            "deliveries /api/deliveries/history", Map.of("publisher", "Leapmotor"),
            "market /api/figures/history", Map.of("publisher", "CAAM"),
            "gateway /api/services/reports/{path}", Map.of("path", "reports"));

    static final String SQL = "SYN'; DROP TABLE figure; --";
    static final String TRAVERSAL = "../../../etc/passwd";
    private static final String LONG = "9".repeat(5000);
    private static final String HEADER_INJECTION = "2025-11\r\nX-Injected: yes";

    /** Bad values of each query or path parameter, by name. */
    static final Map<String, List<String>> BAD = Map.ofEntries(
            Map.entry("period", List.of("2025-13", "2025-11/2025-01", "0000-01", "1e400", SQL)),
            Map.entry("from", List.of("2025-13", "0001-01", "-2025-01")),
            Map.entry("to", List.of("2025-00", "99999-12")),
            Map.entry("vintage", List.of("2025-02-30", "-999999999-01-01", "+99999-01-01", "yesterday")),
            Map.entry("asOf", List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2025-13-01T00:00:00Z",
                    "now")),
            Map.entry("page", List.of("-1", "99999999999999999999", "1e400", "one")),
            Map.entry("size", List.of("0", "1000000", "-5", "1e400")),
            Map.entry("year", List.of("99999999999", "twenty", "-2025")),
            Map.entry("format", List.of("xml", "csv;drop")),
            Map.entry("measure", List.of("bogus")), Map.entry("segment", List.of("bogus")),
            Map.entry("powertrain", List.of("bogus")), Map.entry("destination", List.of("bogus", TRAVERSAL)),
            Map.entry("level", List.of("bogus")), Map.entry("units", List.of("bogus")),
            Map.entry("definition", List.of(SQL)),
            Map.entry("publisher", List.of(SQL, TRAVERSAL)), Map.entry("subject", List.of(SQL, TRAVERSAL)),
            Map.entry("slug", List.of(TRAVERSAL, SQL, "syn-no-such-brand")),
            Map.entry("service", List.of("bogus", "..")),
            Map.entry("path", List.of("no-such-resource")),
            Map.entry("id", List.of("0", "-1", "abc", "99999999999999999999")),
            // the change feeds: a service's number or the gateway's position (service:number pairs)
            Map.entry("after", List.of("-1", "abc", "99999999999999999999", "market:", "nowhere:1")),
            Map.entry("since", List.of("yesterday", "2025-13-01T00:00:00Z", "-999999999-01-01T00:00:00Z")),
            Map.entry("limit", List.of("-1", "1001", "1e400")),
            Map.entry("timeout", List.of("-1", "31", "abc")),
            Map.entry("number", List.of("0", "-1", "abc", "99999999999", "999")));

    /**
     * Bad values that differ for one operation: the last segment of /api/reports/{id}/loads/{service} is no place for
     * "..", which is the URI's own dot segment (/api/reports/1/loads/.. is /api/reports/1, a valid read).
     */
    static final Map<String, Map<String, List<String>>> BAD_FOR = Map.of(
            "reports /api/reports/{id}/loads/{service}", Map.of("service", List.of("bogus", "reports", SQL)));

    /** Every kind of bad credentials for a write (the Authorization header; null: none). */
    private final Map<String, String> badCredentials = new LinkedHashMap<>();

    /** The values of the path parameters that name what the test made: the synthetic report's id, its figure. */
    private final Map<String, String> made;
    private final List<String> missing = new ArrayList<>();
    private final ReportWriteCases reports = new ReportWriteCases(this);

    /**
     * @param made the values of the path parameters that name what the test made (id, number)
     * @param readerToken a valid token without the editor role
     */
    BadInputCorpus(Map<String, String> made, String readerToken) {
        this.made = made;
        badCredentials.put("no token", null);
        badCredentials.put("a token that is no JWT", "Bearer syn-not-a-token");
        badCredentials.put("the token in the Basic scheme", "Basic " + BadInput.TOKEN);
        badCredentials.put("a reader's token", "Bearer " + readerToken);
    }

    /** Rules the corpus lacks (a parameter without bad values, a write endpoint without a valid body). */
    List<String> missing() {
        return missing;
    }

    /** reports-service's writes: their valid requests and bad cases. */
    ReportWriteCases reports() {
        return reports;
    }

    /** Every kind of bad credentials for a write: the Authorization header by what it is (null: none). */
    Map<String, String> badCredentials() {
        return badCredentials;
    }

    /** The values of the path parameters that name what the test made (id, number). */
    Map<String, String> made() {
        return made;
    }

    /** The valid request of a read: what each of its bad cases changes one parameter of. */
    String validUri(ApiOperation op) {
        return uri(op, Map.of());
    }

    List<BadInput> reads(ApiOperation op) {
        List<BadInput> cases = new ArrayList<>();
        List<String> params = new ArrayList<>(op.pathParams());
        params.addAll(op.query());
        for (String name : params) {
            List<String> bad = BAD_FOR.getOrDefault(op.service() + " " + op.path(), Map.of()).getOrDefault(name,
                    BAD.get(name));
            if (bad == null) {
                missing.add("no bad values for parameter '" + name + "' of " + op);
                continue;
            }
            for (String value : bad) {
                cases.add(get(op, name + "=" + value, Map.of(name, value)));
            }
        }
        if (!params.isEmpty()) {
            String first = params.get(0);
            cases.add(get(op, first + " of 5,000 characters", Map.of(first, LONG)));
            cases.add(get(op, first + " with a header injected (CR LF)", Map.of(first, HEADER_INJECTION)));
        }
        return cases;
    }

    private BadInput get(ApiOperation op, String what, Map<String, String> bad) {
        return BadInput.request(what, op, op.service(), "GET", uri(op, bad), null, null);
    }

    /** The operation's URI with valid values, and the bad ones in place of theirs. */
    private String uri(ApiOperation op, Map<String, String> bad) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> special = VALID_FOR.getOrDefault(op.service() + " " + op.path(), Map.of());
        for (String name : op.pathParams()) {
            values.put(name, special.getOrDefault(name, made.getOrDefault(name, VALID.getOrDefault(name, "x"))));
        }
        for (String name : op.query()) {
            String valid = special.getOrDefault(name, VALID.get(name));
            if (valid != null) {
                values.put(name, valid);
            }
        }
        values.putAll(bad);
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (var e : values.entrySet()) {
            if (op.pathParams().contains(e.getKey())) {
                String value = "path".equals(e.getKey()) ? encode(e.getValue()).replace("%2F", "/") : encode(e.getValue());
                path = path.replace("{" + e.getKey() + "}", value);
            } else {
                query.append(query.length() == 0 ? "?" : "&").append(e.getKey()).append('=').append(encode(e.getValue()));
            }
        }
        return path + query;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, UTF_8).replace("+", "%20");
    }

    /**
     * Every kind of bad request for a write endpoint, sent to {@code service} at {@code path} (the endpoint itself,
     * or the gateway's pass-through to it): a bulk load's bad bodies, or reports-service's bad submissions, reviews
     * and loads.
     */
    List<BadInput> writes(ApiOperation op, String service, String path) {
        ReportWrite report = ReportWrite.of(op);
        return report != null ? reports.cases(report, op, service, path) : loads(op, service, path);
    }

    /** Every kind of bad body for a bulk load. */
    private List<BadInput> loads(ApiOperation op, String service, String path) {
        LoadBody base = LoadBody.ALL.stream().filter(b -> b.service().equals(op.service()) && b.path().equals(op.path()))
                .findFirst().orElse(null);
        if (base == null) {
            missing.add("no valid load body for " + op + " (add one to LoadBody.ALL, or to ReportWrite.ALL for a write "
                    + "of reports-service)");
            return List.of();
        }
        List<BadInput> cases = new ArrayList<>();
        Map<String, byte[]> json = new LinkedHashMap<>();
        String valid = base.json(List.of(base.row()));
        json.put("malformed JSON", (valid.substring(0, valid.length() - 2) + ",,}]").getBytes(UTF_8));
        json.put("truncated JSON", valid.substring(0, valid.length() / 2).getBytes(UTF_8));
        json.put("an object instead of an array", valid.substring(1, valid.length() - 1).getBytes(UTF_8));
        json.put("null", "null".getBytes(UTF_8));
        json.put("an array of numbers", "[1,2,3]".getBytes(UTF_8));
        json.put("an unknown field", base.json(base.with("colour", "red")));
        json.put("a required field missing", base.json(base.without(base.code())));
        json.put("SQL in a code", base.json(base.with(base.code(), SQL)));
        json.put("a path in a code", base.json(base.with(base.code(), TRAVERSAL)));
        json.put("a NUL character in a code", base.json(base.with(base.code(), "SYN\\u0000BAD")));
        json.put("a text of 3 MB", base.json(base.with(base.text(), "x".repeat(3_000_000))));
        json.put("an object where text belongs", base.json(base.with(base.text(), new Raw("{\"a\":1}"))));
        json.put("UTF-16 with a byte-order mark", utf16(valid));
        json.put("invalid UTF-8", invalidUtf8(base.json(base.with(base.code(), "SYN-MARK"))));
        json.put("the row twice with different values", base.json(List.of(base.row(),
                base.with(base.text(), "a different text"))).getBytes(UTF_8));
        if (base.number() != null) {
            json.put("a number as words", base.json(base.with(base.number(), "one hundred")));
            json.put("1e400", base.json(base.with(base.number(), new Raw("1e400"))));
            json.put("-1e400", base.json(base.with(base.number(), new Raw("-1e400"))));
            json.put("a 20-digit integer", base.json(base.with(base.number(), new Raw("12345678901234567890"))));
            json.put("a negative number", base.json(base.with(base.number(), new Raw("-5"))));
            json.put("an object where a number belongs", base.json(base.with(base.number(), new Raw("{\"v\":1}"))));
        }
        if (base.constant() != null) {
            json.put("an unknown constant", base.json(base.with(base.constant(), "bogus")));
        }
        if (base.period() != null) {
            json.put("an impossible month", base.json(base.with(base.period(), "2091-13")));
            json.put("a reversed period", base.json(base.with(base.period(), "2091-11/2091-01")));
            json.put("a period out of range", base.json(base.with(base.period(), "0001-01")));
        }
        if (base.date() != null) {
            json.put("an impossible date", base.json(base.with(base.date(), "2091-02-30")));
        }
        if (base.takesQuotes()) {
            json.put("a quote without its report", base.json(base.with("quote", "A sentence of no report.")));
            json.put("a report id of zero", base.json(base.with("report_id", 0)));
        }
        json.forEach((what, body) -> cases.add(BadInput.request("JSON: " + what, op, service, "POST", path,
                "application/json", body)));
        if (base.takesCsv()) {
            Map<String, byte[]> csv = new LinkedHashMap<>();
            String header = String.join(",", base.csvColumns());
            csv.put("empty", new byte[0]);
            csv.put("a truncated header", header.substring(0, 5).getBytes(UTF_8));
            String line = base.csv(List.of(base.row())).split("\n")[1];
            csv.put("an unknown column", (header + ",colour\n" + line + ",red\n").getBytes(UTF_8));
            csv.put("a missing column", (header.substring(header.indexOf(',') + 1) + "\n" + line + "\n").getBytes(UTF_8));
            csv.put("an unclosed quote", base.csv(base.with(base.text(), "\"unclosed")));
            csv.put("a row with an extra cell", (header + "\n" + line + ",extra\n").getBytes(UTF_8));
            csv.put("SQL in a code", base.csv(base.with(base.code(), SQL)));
            csv.put("a line of 3 MB", base.csv(base.with(base.text(), "x".repeat(3_000_000))));
            csv.put("UTF-16 with a byte-order mark", utf16(base.csv(List.of(base.row()))));
            csv.put("invalid UTF-8", invalidUtf8(base.csv(base.with(base.code(), "SYN-MARK"))));
            csv.put("the row twice with different values", base.csv(List.of(base.row(),
                    base.with(base.number(), 101))).getBytes(UTF_8));
            csv.put("1e400", base.csv(base.with(base.number(), "1e400")));
            csv.put("a 20-digit integer", base.csv(base.with(base.number(), "12345678901234567890")));
            csv.put("a negative number", base.csv(base.with(base.number(), "-5")));
            csv.put("an unknown constant", base.csv(base.with(base.constant(), "bogus")));
            csv.forEach((what, body) -> cases.add(BadInput.request("CSV: " + what, op, service, "POST", path,
                    "text/csv", body)));
        }
        cases.add(BadInput.request("a body of an unsupported type", op, service, "POST", path, "application/xml",
                "<figures/>".getBytes(UTF_8)));
        if (service.equals(op.service())) {
            // above the services' 256 MiB load limit: answered before the body is read. (Through the gateway, whose
            // relay reads the body as the client sends it, GatewayProtectionIT sends such a body.)
            cases.add(BadInput.raw("a declared length over the limit", op, service, rawWrite("POST", path,
                    "Content-Type: " + op.bodyTypes().get(0) + "\r\nContent-Length: 300000000\r\n", "")));
        }
        return cases;
    }

    /** The templated path with the made values, and the bad ones in place of theirs. */
    String fill(String path, Map<String, String> bad) {
        String filled = path;
        for (var e : made.entrySet()) {
            filled = filled.replace("{" + e.getKey() + "}", encode(bad.getOrDefault(e.getKey(), e.getValue())));
        }
        return filled;
    }

    /** Requests the HTTP layer itself must refuse: bare CR in a header, two lengths, a NUL in the request line. */
    List<BadInput> framing(ApiOperation op) {
        return List.of(
                BadInput.raw("a header split by a bare CR", op, op.service(), rawGet(op, "X-Test: a\rX-Injected: yes\r\n")),
                BadInput.raw("a header split by a bare LF", op, op.service(), rawGet(op, "X-Test: a\nX-Injected: yes\r\n")),
                BadInput.raw("two different Content-Lengths", op, op.service(),
                        rawWrite("POST", op.path(),
                                "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 7\r\n", "[]")));
    }

    private byte[] rawGet(ApiOperation op, String headers) {
        return ("GET " + validUri(op) + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n").getBytes(US_ASCII);
    }

    static byte[] rawWrite(String method, String path, String headers, String body) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + BadInput.EDITOR + "\r\n"
                + headers + "\r\n" + body).getBytes(US_ASCII);
    }

    static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
        out.writeBytes(text.getBytes(UTF_16LE));
        return out.toByteArray();
    }

    /** The body with the bytes of "MARK" replaced by ones that are not UTF-8 (a lone continuation byte and 0xFF). */
    static byte[] invalidUtf8(byte[] body) {
        String text = new String(body, UTF_8);
        int at = text.indexOf("MARK");
        byte[] bytes = body.clone();
        bytes[at] = (byte) 0x80;
        bytes[at + 1] = (byte) 0xFF;
        return bytes;
    }
}
