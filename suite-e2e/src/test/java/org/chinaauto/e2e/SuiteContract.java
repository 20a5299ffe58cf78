package org.chinaauto.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chinaauto.contract.ApiContract;
import org.chinaauto.contract.ContractFilter;
import org.chinaauto.contract.ContractLedger;
import org.chinaauto.local.SuiteRunner;
import org.chinaauto.local.SuiteService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * Every answer an end-to-end test receives from a service of the suite (REST Assured, {@link ServiceProbe}, the bad
 * input corpus) is checked against that service's committed OpenAPI document; the service is known by its port.
 * Registered for every test class (junit-platform.properties), it prints the figures after each.
 */
public final class SuiteContract implements AfterAllCallback {

    private static final Map<Integer, ApiContract> BY_PORT = new ConcurrentHashMap<>();
    /** Departures of answers received off the test's thread (load generators): they fail the test class at its end. */
    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    static {
        RestAssured.filters(new ContractFilter(BY_PORT::get));
    }

    /** The suite's services from now on answer under their contracts. */
    static void register(SuiteRunner suite) {
        for (SuiteService service : SuiteService.ALL) {
            BY_PORT.put(suite.port(service.name()), ApiContract.of(service.name()));
        }
    }

    /** The ways an answer departs from its service's document; none for a server with no contract or a /q/ path. */
    public static List<String> departures(String method, int port, String rawPath, int status, String contentType,
            String body) {
        ApiContract contract = BY_PORT.get(port);
        if (contract == null || !rawPath.startsWith("/api/")) {
            return List.of();
        }
        return contract.departures(method, rawPath, status, contentType, body);
    }

    /** Fails when an answer departs from its service's document. */
    static void verify(String method, URI uri, int status, String contentType, String body) {
        List<String> departures = departures(method, uri.getPort(), uri.getRawPath(), status, contentType, body);
        if (!departures.isEmpty()) {
            throw new AssertionError(String.join("\n", departures));
        }
    }

    /** Checks an answer received off the test's thread; a departure fails the test class when it ends. */
    public static void record(HttpResponse<String> answer) {
        URI uri = answer.request().uri();
        RECORDED.addAll(departures(answer.request().method(), uri.getPort(), uri.getRawPath(), answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ContractLedger.report();
        if (!RECORDED.isEmpty()) {
            List<String> found = List.copyOf(RECORDED);
            RECORDED.clear();
            throw new AssertionError(found.size() + " answer(s) depart from the services' documents:\n"
                    + String.join("\n", found));
        }
    }
}
