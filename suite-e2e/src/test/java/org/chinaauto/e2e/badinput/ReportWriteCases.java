package org.chinaauto.e2e.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.e2e.badinput.LoadBody.Raw;

/**
 * reports-service's writes in the bad-input corpus: each write's valid request (ReportWrite), and every kind of bad
 * submission (JSON and text/plain), review, load, path and credentials, each differing from the valid one in one way.
 */
final class ReportWriteCases {

    private final BadInputCorpus corpus;

    ReportWriteCases(BadInputCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * Every kind of bad request for a write of reports-service, each differing from its valid request in one way:
     * bad JSON, wrong types, unknown members and constants, missing, empty, over-long and NUL-holding texts,
     * impossible dates, a text that is not UTF-8, another media type, a body over the 2 MB limit, ids and figure
     * numbers that name nothing, a load of a report with nothing accepted, and missing or wrong credentials.
     */
    List<BadInput> cases(ReportWrite base, ApiOperation op, String service, String path) {
        List<BadInput> cases = new ArrayList<>();
        String uri = corpus.fill(path, Map.of());
        Map<String, byte[]> json = new LinkedHashMap<>();
        if (base.body() != null) {
            String valid = new String(base.json(), UTF_8);
            json.put("malformed JSON", (valid.substring(0, valid.length() - 1) + ",,}").getBytes(UTF_8));
            json.put("truncated JSON", valid.substring(0, valid.length() / 2).getBytes(UTF_8));
            json.put("null", "null".getBytes(UTF_8));
            json.put("an array instead of an object", ("[" + valid + "]").getBytes(UTF_8));
            json.put("a string instead of an object", "\"SYN\"".getBytes(UTF_8));
            json.put("an unknown member", ReportWrite.json(base.with("colour", "red")));
            for (String text : base.texts()) {
                json.put("a NUL character in " + text, ReportWrite.json(base.with(text, new Raw("\"SYN\\u0000BAD\""))));
                json.put("an object where " + text + " belongs", ReportWrite.json(base.with(text, new Raw("{\"a\":1}"))));
                json.put("an array where " + text + " belongs", ReportWrite.json(base.with(text, new Raw("[\"SYN\"]"))));
            }
            for (String constant : base.constants()) {
                json.put("an unknown " + constant, ReportWrite.json(base.with(constant, "bogus")));
            }
            String text = base.texts().get(0);
            json.put("invalid UTF-8", BadInputCorpus.invalidUtf8(ReportWrite.json(base.with(text, "SYN-MARK"))));
            json.put("a body of 3 MB", ReportWrite.json(base.with(text, "x".repeat(3_000_000))));
        }
        if (base.isSubmission()) {
            json.put("no title", ReportWrite.json(base.without("title")));
            json.put("no date", ReportWrite.json(base.without("published")));
            json.put("no text", ReportWrite.json(base.without("text")));
            json.put("an empty text", ReportWrite.json(base.with("text", "")));
            json.put("a text of blanks", ReportWrite.json(base.with("text", " \n\t ")));
            json.put("a text that is markup only", ReportWrite.json(base.with("text", "<p><br></p>")));
            json.put("a title of 501 characters", ReportWrite.json(base.with("title", "SYN " + "t".repeat(497))));
            json.put("an outlet of 201 characters", ReportWrite.json(base.with("outlet", "SYN " + "o".repeat(197))));
            json.put("a url that is no http address", ReportWrite.json(base.with("url", "javascript:alert(1)")));
            json.put("a url with a space", ReportWrite.json(base.with("url", "https://syn.invalid/a b")));
            json.put("an impossible month", ReportWrite.json(base.with("published", "2031-13")));
            json.put("an impossible day", ReportWrite.json(base.with("published", "2031-02-30")));
            json.put("words for a date", ReportWrite.json(base.with("published", "yesterday")));
            json.put("a number where the date belongs", ReportWrite.json(base.with("published", new Raw("2031"))));
        } else if (base == ReportWrite.REVIEW) {
            json.put("review 'maybe'", ReportWrite.json(base.with("review", "maybe")));
            json.put("a number where the review belongs", ReportWrite.json(base.with("review", new Raw("1"))));
            json.put("a misspelt review", ReportWrite.json(LoadBody.row("reveiw", "accepted")));
            json.put("a stated_as the suite does not read", ReportWrite.json(base.with("stated_as", "SYN words")));
            json.put("an empty stated_as", ReportWrite.json(base.with("stated_as", "")));
            json.put("an empty subject", ReportWrite.json(base.with("subject", "")));
            json.put("a subject of 101 characters", ReportWrite.json(base.with("subject", "syn-" + "s".repeat(97))));
            json.put("an impossible month", ReportWrite.json(base.with("period", "2031-13")));
            json.put("a reversed period", ReportWrite.json(base.with("period", "2031-11/2031-01")));
            json.put("a period out of range", ReportWrite.json(base.with("period", "0001-01")));
            json.put("SQL in the publisher", ReportWrite.json(base.with("publisher", BadInputCorpus.SQL)));
            json.put("a path in the publisher", ReportWrite.json(base.with("publisher", BadInputCorpus.TRAVERSAL)));
            json.put("words where yoy_pct belongs", ReportWrite.json(base.with("yoy_pct", "twenty")));
            json.put("1e400 as yoy_pct", ReportWrite.json(base.with("yoy_pct", new Raw("1e400"))));
            json.put("a yoy_pct below -100", ReportWrite.json(base.with("yoy_pct", new Raw("-101"))));
            json.put("an object where yoy_pct belongs", ReportWrite.json(base.with("yoy_pct", new Raw("{\"v\":1}"))));
        }
        json.forEach((what, body) -> cases.add(BadInput.request("JSON: " + what, op, service, base.method(), uri,
                "application/json", body)));
        if (base.isSubmission()) {
            cases.addAll(plainTextSubmissions(base, op, service, uri));
        }
        if (base.body() != null) {
            cases.add(BadInput.request("a body of an unsupported type", op, service, base.method(), uri,
                    "application/xml", "<report/>".getBytes(UTF_8)));
            if (service.equals(op.service())) {
                cases.add(BadInput.raw("a declared length over the limit", op, service, BadInputCorpus.rawWrite(base.method(), uri,
                        "Content-Type: application/json\r\nContent-Length: 300000000\r\n", "")));
            }
        } else {
            cases.add(valid(base, op, service, path).authorizedBy("a report with no accepted figure", BadInput.EDITOR));
        }
        for (String name : op.pathParams()) {
            if (!BadInputCorpus.BAD.containsKey(name) || !corpus.made().containsKey(name)) {
                corpus.missing().add("no bad values or no made value for parameter '" + name + "' of " + op);
                continue;
            }
            for (String value : BadInputCorpus.BAD.get(name)) {
                cases.add(BadInput.request(name + "=" + value, op, service, base.method(), corpus.fill(path, Map.of(name, value)),
                        base.body() == null ? null : "application/json", base.json()));
            }
        }
        BadInput valid = valid(base, op, service, path);
        corpus.badCredentials().forEach((what, header) -> cases.add(valid.authorizedBy(what, header)));
        return cases;
    }

    /** The submission as text/plain: the text as the body, the other members as query parameters. */
    private List<BadInput> plainTextSubmissions(ReportWrite base, ApiOperation op, String service, String path) {
        Map<String, String> query = new LinkedHashMap<>();
        base.body().forEach((member, value) -> query.put(member, String.valueOf(value)));
        byte[] text = query.remove("text").getBytes(UTF_8);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("an empty body", new byte[0]);
        bodies.put("blanks", " \n ".getBytes(UTF_8));
        bodies.put("bytes that are not UTF-8 (C3 28)", new byte[] { (byte) 0xC3, (byte) 0x28 });
        bodies.put("UTF-16 with a byte-order mark", BadInputCorpus.utf16(new String(text, UTF_8)));
        bodies.put("a NUL byte", "SYN wire: SYN Motors\u0000 exported 1 vehicle.".getBytes(UTF_8));
        bodies.put("a text of 3 MB", "x".repeat(3_000_000).getBytes(UTF_8));
        List<BadInput> cases = new ArrayList<>();
        bodies.forEach((what, body) -> cases.add(BadInput.request("text/plain: " + what, op, service, "POST",
                path + query(query, Map.of()), "text/plain", body)));
        String[][] params = { { "no title", "title", null }, { "a title of 501 characters", "title",
                "SYN " + "t".repeat(497) }, { "an impossible day", "published", "2031-02-30" } };
        for (String[] param : params) {
            Map<String, String> changed = new LinkedHashMap<>();
            changed.put(param[1], param[2]);
            cases.add(BadInput.request("text/plain: " + param[0], op, service, "POST", path + query(query, changed),
                    "text/plain", text));
        }
        return cases;
    }

    /** The valid request of a reports-service write, as the test's last step sends it (BadInputIT). */
    BadInput valid(ReportWrite write, ApiOperation op, String service, String path) {
        return BadInput.request("valid", op, service, write.method(), corpus.fill(path, Map.of()),
                write.body() == null ? null : "application/json", write.json());
    }

    /** The valid submission as text/plain (the same text as the JSON one). */
    BadInput validPlainText(ApiOperation op) {
        Map<String, String> query = new LinkedHashMap<>();
        ReportWrite.SUBMISSION.body().forEach((member, value) -> query.put(member, String.valueOf(value)));
        byte[] text = query.remove("text").getBytes(UTF_8);
        return BadInput.request("valid text/plain", op, op.service(), "POST", op.path() + query(query, Map.of()),
                "text/plain", text);
    }

    /** The query string of the parameters, with the changed ones in place of theirs (a null value drops one). */
    private static String query(Map<String, String> params, Map<String, String> changed) {
        Map<String, String> values = new LinkedHashMap<>(params);
        changed.forEach((name, value) -> {
            if (value == null) {
                values.remove(name);
            } else {
                values.put(name, value);
            }
        });
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(BadInputCorpus.encode(value)));
        return query.toString();
    }
}
