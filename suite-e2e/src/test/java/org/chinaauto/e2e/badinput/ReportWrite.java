package org.chinaauto.e2e.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid request of one of reports-service's writes, from which each bad request differs in one way: a report's
 * submission (as JSON, or as text/plain with the other members as query parameters), the review that makes the
 * synthetic report's figure loadable, and the load of its accepted figures (no body). Synthetic throughout: SYN
 * titles, outlet and texts, publisher SYNBAD, the year 2031.
 *
 * @param method POST or PATCH
 * @param path the templated path of reports-service's document
 * @param body the valid JSON body, one object (null for the load, which takes none)
 * @param texts the members of the body that are free text (each gets a NUL character, and an object in its place)
 * @param constants the members that name one of a list of constants (each gets an unknown one)
 */
record ReportWrite(String method, String path, Map<String, Object> body, List<String> texts, List<String> constants) {

    /**
     * The report BadInputIT submits first, whose id and first figure the reads, the review and the load name: one
     * figure, the deliveries of a brand the suite does not know, in a month nothing else has.
     */
    static final Map<String, Object> EXISTING = LoadBody.row("title", "SYN wire", "outlet", "SYN Wire", "published",
            "2031-04-02", "text", "SYN wire: SYN Motors delivered 12,345 vehicles in March 2031.");

    static final ReportWrite SUBMISSION = new ReportWrite("POST", "/api/reports",
            LoadBody.row("title", "SYN bad input", "outlet", "SYN Wire", "url", "https://syn.invalid/bad-input",
                    "published", "2031-05-02", "text", "SYN wire: SYN Motors exported 6,789 vehicles in April 2031."),
            List.of("title", "outlet", "text"), List.of());

    /** Accepted, and credited to a brand of the catalogue and a publisher, as its service needs to take it. */
    static final ReportWrite REVIEW = new ReportWrite("PATCH", "/api/reports/{id}/figures/{number}",
            LoadBody.row("review", "accepted", "subject_kind", "brand", "subject", "leapmotor", "publisher", "SYNBAD",
                    "attribution", "named"),
            List.of("subject"), List.of("review", "subject_kind", "measure", "segment", "attribution", "status"));

    static final ReportWrite LOAD = new ReportWrite("POST", "/api/reports/{id}/load", null, List.of(), List.of());

    /** Every write reports-service has, in the order they can succeed; one missing here fails the corpus test. */
    static final List<ReportWrite> ALL = List.of(SUBMISSION, REVIEW, LOAD);

    static ReportWrite of(ApiOperation op) {
        return !"reports".equals(op.service()) ? null
                : ALL.stream().filter(w -> w.method().equals(op.method()) && w.path().equals(op.path())).findFirst()
                        .orElse(null);
    }

    boolean isSubmission() {
        return this == SUBMISSION;
    }

    /** The status of the valid request's success: a new report is created, the rest answer 200. */
    int success() {
        return isSubmission() ? 201 : 200;
    }

    /** The body with one member set to {@code value} (a String is quoted in JSON, a {@link LoadBody.Raw} is not). */
    Map<String, Object> with(String member, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(member, value);
        return changed;
    }

    Map<String, Object> without(String member) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.remove(member);
        return changed;
    }

    static byte[] json(Map<String, Object> body) {
        return LoadBody.object(body).getBytes(UTF_8);
    }

    /** The valid body's bytes (none for the load). */
    byte[] json() {
        return body == null ? null : json(body);
    }
}
