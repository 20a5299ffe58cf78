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

/**
 * Bad input against the real suite, enumerated from the services' OpenAPI documents (BadInputCorpus): every case
 * gets a 4xx answer, as application/problem+json, and leaves every table of every database as it was (compared
 * before and after each case). The valid requests the cases are made from are shown to succeed, so that each case
 * is refused for its own fault.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    private static final Map<String, String> SERVICES = Map.of("market", "market-service", "exports", "exports-service",
            "deliveries", "deliveries-service", "gateway", "gateway");
    private static final List<String> DATABASES = List.of("market", "exports", "deliveries");

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static EmbeddedDatabase database;
    static DatabaseContent content;
    static SuiteRunner suite;
    static String token;
    static List<ApiOperation> operations = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.startTemporary();
        suite = closing.add(RunningSuite.start(database));
        token = suite.tokens().editor();
        content = closing.add(new DatabaseContent(database, DATABASES));
        HttpClient http = HttpClient.newHttpClient();
        for (String service : List.of("market", "exports", "deliveries", "gateway")) {
            String doc = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            operations.addAll(ApiOperation.of(service, doc));
        }
    }

    static String url(String service) {
        return suite.url(SERVICES.get(service));
    }

    @Test
    @Order(1)
    void theValidReadsTheCasesAreMadeFromSucceed() throws Exception {
        List<String> failed = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (op.isRead()) {
                BadInput valid = BadInput.request("valid", op, op.service(), "GET", BadInputCorpus.validUri(op), null, null);
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
        BadInputCorpus corpus = new BadInputCorpus();
        List<BadInput> cases = new ArrayList<>();
        List<String> services = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (op.isRead()) {
                cases.addAll(corpus.reads(op));
                if (!services.contains(op.service())) {
                    services.add(op.service());
                    cases.addAll(BadInputCorpus.framing(op));
                }
            } else if (!op.isPassThrough()) {
                cases.addAll(corpus.loads(op, op.service(), op.path()));
                cases.addAll(corpus.loads(op, "gateway", "/api/services/" + op.service() + op.path().substring("/api".length())));
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
        System.out.printf("Bad input: %d cases over %d operations; answers by status %s; %d failures%n", cases.size(),
                operations.size(), byStatus, failures.size());
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
