package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write of every data service, found in the services' OpenAPI documents, directly and through the gateway,
 * refuses every kind of bad credentials with a 401 problem (403 for a valid token without the editor role) and
 * writes nothing; closed reads want a token; and no token or key material reaches a log or a problem.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationIT {

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static List<WriteOperation> writes;
    /** Every token this test sends, looked for in the logs at the end. */
    static final List<String> sent = new ArrayList<>();
    static Instant started;

    @BeforeAll
    static void start() throws Exception {
        started = Instant.now().minusSeconds(1);
        suite = closing.add(RunningSuite.start());
        writes = WriteOperation.enumerate(suite);
    }

    /** The credentials each write must refuse with a 401 ({@link BadCredentials}), remembered to look for in the logs. */
    static Map<String, String> badCredentials() {
        Map<String, String> cases = BadCredentials.of(suite.tokens());
        cases.values().stream().filter(v -> v != null).forEach(sent::add);
        return cases;
    }

    @Test
    @Order(1)
    void theEnumerationFindsEveryKnownWrite() {
        assertThat(writes).extracting(WriteOperation::name).contains(
                "market-service POST /api/figures", "exports-service POST /api/figures",
                "deliveries-service POST /api/brands", "deliveries-service POST /api/deliveries",
                "deliveries-service POST /api/groups", "deliveries-service POST /api/targets",
                "gateway POST /api/services/market/figures", "gateway POST /api/services/exports/figures",
                "gateway POST /api/services/deliveries/brands", "gateway POST /api/services/deliveries/deliveries",
                "gateway POST /api/services/deliveries/groups", "gateway POST /api/services/deliveries/targets");
        assertThat(writes).as("every write has a synthetic load in WriteOperation.LOADS")
                .allSatisfy(w -> assertThat(w.load()).as(w.name()).isNotNull());
    }

    @Test
    @Order(2)
    void everyWriteRefusesBadCredentialsAndTokensWithoutTheEditorRole() {
        Map<WriteOperation, String> before = new LinkedHashMap<>();
        writes.forEach(w -> before.put(w, probe(w)));
        Map<String, String> cases = badCredentials();
        String reader = suite.tokens().reader();
        sent.add(reader);
        int checked = 0;
        for (WriteOperation write : writes) {
            for (var c : cases.entrySet()) {
                Response r = send(write, c.getValue());
                String what = write.name() + " with " + c.getKey();
                assertThat(r.statusCode()).as(what).isEqualTo(401);
                assertThat(r.contentType()).as(what).startsWith("application/problem+json");
                assertThat(r.header("WWW-Authenticate")).as(what).startsWith("Bearer");
                assertNoEcho(r, c.getValue(), what);
                checked++;
            }
            Response r = send(write, "Bearer " + reader);
            assertThat(r.statusCode()).as(write.name() + " with a reader token").isEqualTo(403);
            assertThat(r.contentType()).as(write.name()).startsWith("application/problem+json");
            assertNoEcho(r, reader, write.name());
            checked++;
        }
        writes.forEach(w -> assertThat(probe(w)).as("nothing written by " + w.name()).isEqualTo(before.get(w)));
        System.out.printf("AuthenticationIT: %d writes x %d cases = %d refusals checked%n", writes.size(),
                cases.size() + 1, checked);

        // the same loads with an editor token are accepted: only authentication stopped them
        writes.stream().filter(w -> !w.via().equals("gateway")).forEach(w -> {
            Response r = send(w, "Bearer " + suite.tokens().editor());
            assertThat(r.statusCode()).as(w.name() + " with an editor token: " + r.asString()).isEqualTo(200);
            assertThat(probe(w)).as("written by " + w.name()).isNotEqualTo(before.get(w));
        });
    }

    @Test
    @Order(3)
    void closedReadsWantAToken() throws Exception {
        String replica = suite.startReplica("market-service", RunningSuite.freePort(),
                Map.of("QUARKUS_HTTP_AUTH_PERMISSION_READS_POLICY", "authenticated"));
        Response open = given().get(replica + "/api/figures?size=1");
        assertThat(open.statusCode()).isEqualTo(401);
        assertThat(open.contentType()).startsWith("application/problem+json");
        assertThat(open.header("WWW-Authenticate")).startsWith("Bearer");
        String reader = suite.tokens().reader();
        sent.add(reader);
        given().auth().oauth2(reader).get(replica + "/api/figures?size=1").then().statusCode(200);
        Response wrong = given().header("Authorization", "Bearer syn-not-a-token").get(replica + "/api/figures?size=1");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void noTokenNorKeyMaterialReachesALog() throws Exception {
        String key = suite.tokens().privateKeyMaterial();
        Path logs = suite.logs();
        suite.close(); // every log complete
        suite = null;
        List<Path> written;
        try (Stream<Path> files = Files.list(logs)) {
            written = files.filter(f -> f.toFile().lastModified() >= started.toEpochMilli()).toList();
        }
        assertThat(written).as("the logs of this run").hasSizeGreaterThanOrEqualTo(5);
        List<String> secrets = new ArrayList<>(sent.stream().map(AuthenticationIT::credential).toList());
        // the key in any wrapping: its first and last 40 characters
        secrets.add(key.substring(0, 40));
        secrets.add(key.substring(key.length() - 40));
        for (Path log : written) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(text).as(log.getFileName() + " holds no token or key").doesNotContain(secret);
            }
        }
        System.out.printf("AuthenticationIT: %d logs scanned for %d tokens and the private key%n", written.size(),
                sent.size());
    }

    private static Response send(WriteOperation write, String authorization) {
        RequestSpecification request = given().contentType(write.load().contentType()).body(write.load().body());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.request(write.method(), write.url());
    }

    /** What the service answers to the read that would show the load. */
    private static String probe(WriteOperation write) {
        Response r = given().get(write.serviceUrl() + write.load().probe());
        return r.statusCode() + " " + r.asString();
    }

    private static void assertNoEcho(Response r, String authorization, String what) {
        String body = r.asString();
        assertThat(body).as(what + ": the problem names no header").doesNotContainIgnoringCase("authorization");
        if (authorization != null) {
            assertThat(body).as(what + ": the problem echoes no credential").doesNotContain(credential(authorization));
        }
    }

    /** The credential part of an Authorization header value (or the token itself). */
    private static String credential(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(space + 1);
    }
}
