package org.chinaauto.e2e.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chinaauto.e2e.ClosedAfterAll;
import org.chinaauto.e2e.RunningSuite;
import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * Bad input against the real suite, enumerated from the services' OpenAPI documents (BadInputCorpus): every case
 * gets a 4xx answer, as application/problem+json, and leaves every table of every database as it was (compared
 * before and after each case). The valid requests the cases are made from are shown to succeed, so that each case
 * is refused for its own fault. reports-service's reads, review and load name a synthetic report submitted first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    private static final Map<String, String> SERVICES = Map.of("market", "market-service", "exports", "exports-service",
            "deliveries", "deliveries-service", "reports", "reports-service", "gateway", "gateway");
    private static final List<String> DATABASES = List.of("market", "exports", "deliveries", "reports");

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static EmbeddedDatabase database;
    static DatabaseContent content;
    static SuiteRunner suite;
    static String token;
    static List<ApiOperation> operations = new ArrayList<>();
    static BadInputCorpus corpus;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.startTemporary();
        suite = closing.add(RunningSuite.start(database));
        token = suite.tokens().editor();
        content = closing.add(new DatabaseContent(database, DATABASES));
        HttpClient http = HttpClient.newHttpClient();
        for (String service : List.of("market", "exports", "deliveries", "reports", "gateway")) {
            String doc = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            operations.addAll(ApiOperation.of(service, doc));
        }
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(url("reports") + "/api/reports"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(LoadBody.object(ReportWrite.EXISTING))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonPath report = JsonPath.from(submitted.body());
        assertThat(report.getList("figures")).as("the synthetic report's figures").isNotEmpty();
        corpus = new BadInputCorpus(Map.of("id", report.getString("id"), "number", report.getString("figures[0].number")),
                suite.tokens().reader());
    }

    static String url(String service) {
        return suite.url(SERVICES.get(service));
    }

    @Test
    @Order(1)
    void theValidReadsTheCasesAreMadeFromSucceed() throws Exception {
        List<String> failed = new ArrayList<>();
        for (ApiOperation op : operations) {
            // the stream of changes never ends, so it has no answer to read whole: ChangeFeedIT reads it
            if (op.isRead() && !op.path().equals("/api/changes/stream")) {
                BadInput valid = BadInput.request("valid", op, op.service(), "GET", corpus.validUri(op), null, null);
                Answer answer = Answer.send(valid, url(op.service()), token);
                if (answer.status() != 200) {
                    failed.add(valid + " -> " + answer.status() + " " + answer.body());
                }
                answer.departures(valid, url(op.service())).forEach(d -> failed.add(valid + " -> " + d));
            }
        }
        assertThat(failed).isEmpty();
    }

    @Test
    @Order(2)
    void everyBadRequestIsAClientErrorProblemAndChangesNoData() throws Exception {
        List<BadInput> cases = new ArrayList<>();
        List<String> services = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (op.isRead()) {
                cases.addAll(corpus.reads(op));
                if (!services.contains(op.service())) {
                    services.add(op.service());
                    cases.addAll(corpus.framing(op));
                }
            } else if (!op.isPassThrough()) {
                cases.addAll(corpus.writes(op, op.service(), op.path()));
                cases.addAll(corpus.writes(op, "gateway", "/api/services/" + op.service() + op.path().substring("/api".length())));
            }
        }
        assertThat(corpus.missing()).as("rules the corpus lacks").isEmpty();
        assertThat(operations).as("the gateway passes writes through").anyMatch(op -> op.isPassThrough() && !op.isRead());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);

        // -Dbad-input.only=<text> tries only the cases whose description contains it
        String only = System.getProperty("bad-input.only");
        if (only != null) {
            cases.removeIf(c -> !c.toString().contains(only));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (BadInput c : cases) {
            Map<String, String> before = content.read();
            Answer answer;
            try {
                answer = Answer.send(c, url(c.service()), token);
            } catch (IOException e) {
                failures.add(c + " -> no answer: " + e);
                continue;
            }
            Map<String, String> after = content.read();
            byStatus.merge(answer.status(), 1, Integer::sum);
            boolean framing = c.raw() != null && c.what().startsWith("a header") || c.what().startsWith("two different");
            if (answer.status() < 400 || answer.status() > 499) {
                failures.add(c + " -> " + answer.status() + " " + abbreviate(answer.body()));
            } else if (!framing && !answer.isProblem()) {
                failures.add(c + " -> " + answer.status() + " not a problem: " + answer.headers().get("content-type")
                        + " " + abbreviate(answer.body()));
            }
            if (!framing) { // framing errors are answered by the HTTP layer before any route, with an empty 400
                answer.departures(c, url(c.service())).forEach(d -> failures.add(c + " -> " + d));
            }
            if (answer.headers().containsKey("x-injected")) {
                failures.add(c + " -> a header was injected into the answer");
            }
            if (!before.equals(after)) {
                failures.add(c + " -> changed the data: " + changed(before, after));
            }
        }
        System.out.printf("Bad input: %d cases over %d operations (%d of them reports-service's, directly or through "
                + "the gateway); answers by status %s; %d failures%n", cases.size(), operations.size(),
                cases.stream().filter(c -> c.operation().service().equals("reports")
                        || c.operation().path().startsWith("/api/services/reports/")).count(), byStatus, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    @Order(3)
    void theValidLoadsTheBadBodiesAreMadeFromAreAcceptedAndSeenAsAChange() throws Exception {
        for (LoadBody body : LoadBody.ALL) {
            ApiOperation op = operations.stream().filter(o -> o.service().equals(body.service())
                    && o.path().equals(body.path()) && !o.isRead()).findFirst().orElseThrow();
            Map<String, String> before = content.read();
            Answer json = Answer.send(BadInput.request("valid JSON", op, op.service(), "POST", op.path(),
                    "application/json", body.json(body.row())), url(op.service()), token);
            assertThat(json.status()).as(op + " " + json.body()).isEqualTo(200);
            assertThat(json.departures(BadInput.request("valid JSON", op, op.service(), "POST", op.path(), null, null),
                    url(op.service()))).isEmpty();
            assertThat(content.read()).as(op.toString()).isNotEqualTo(before);
            if (body.takesCsv()) {
                Answer csv = Answer.send(BadInput.request("valid CSV", op, op.service(), "POST", op.path(), "text/csv",
                        body.csv(body.row())), url(op.service()), token);
                assertThat(csv.status()).as(op + " " + csv.body()).isEqualTo(200);
            }
        }
    }

    /**
     * reports-service's valid writes, in the order they can succeed: a submission (201, a new report; the same text
     * as text/plain is the report already holding it, 200, nothing changed), the review that makes the synthetic
     * report's figure loadable, and its load into deliveries-service.
     */
    @Test
    @Order(4)
    void theValidReportWritesTheBadOnesAreMadeFromSucceedAndChangeTheData() throws Exception {
        String reports = url("reports");
        for (ReportWrite write : ReportWrite.ALL) {
            ApiOperation op = operations.stream().filter(o -> write.equals(ReportWrite.of(o))).findFirst().orElseThrow();
            BadInput valid = corpus.reports().valid(write, op, op.service(), op.path());
            Map<String, String> before = content.read();
            Answer answer = Answer.send(valid, reports, token);
            assertThat(answer.status()).as(valid + " " + answer.body()).isEqualTo(write.success());
            assertThat(answer.departures(valid, reports)).isEmpty();
            assertThat(content.read()).as(valid.toString()).isNotEqualTo(before);
            if (write.isSubmission()) {
                Map<String, String> submitted = content.read();
                BadInput plain = corpus.reports().validPlainText(op);
                Answer again = Answer.send(plain, reports, token);
                assertThat(again.status()).as(plain + " " + again.body()).isEqualTo(200);
                assertThat(JsonPath.from(again.body()).getLong("id")).isEqualTo(JsonPath.from(answer.body()).getLong("id"));
                assertThat(content.read()).as(plain.toString()).isEqualTo(submitted);
            }
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        after.forEach((table, content) -> {
            if (!content.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return String.join(", ", tables);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "...";
    }
}
