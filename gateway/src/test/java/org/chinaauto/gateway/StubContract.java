package org.chinaauto.gateway;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.chinaauto.contract.ApiContract;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Keeps the stand-ins of the services to the services' own contracts: every answer a stub serves is checked against
 * {@code api/<service>/openapi.json} once it is sent, and a test after which a stub departed fails, so that a change
 * in a service's answers breaks the gateway's tests. Simulated infrastructure faults (a reset connection, a 5xx with
 * no body, as a crashed process or a proxy gives) are not the service's answers and are left alone.
 */
public final class StubContract implements ServeEventListener, QuarkusTestAfterEachCallback {

    private static final List<String> DEPARTURES = new CopyOnWriteArrayList<>();
    private static final AtomicLong SERVED = new AtomicLong();
    private static final AtomicLong CHECKED = new AtomicLong();

    private final ApiContract contract;

    /** The check of the stand-in for {@code module} (market-service, ...). */
    StubContract(String module) {
        this.contract = ApiContract.of(module);
    }

    /** The after-each check (registered in META-INF/services). */
    public StubContract() {
        this.contract = null;
    }

    @Override
    public String getName() {
        return "stub-contract";
    }

    @Override
    public void afterMatch(ServeEvent event, Parameters parameters) {
        SERVED.incrementAndGet();
    }

    /** Checked once the answer is out, so that the check never delays a stub past the gateway's deadlines. */
    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        try {
            check(event);
        } finally {
            CHECKED.incrementAndGet();
        }
    }

    private void check(ServeEvent event) {
        ResponseDefinition stub = event.getResponseDefinition();
        String body = stub.getBody();
        if (!event.getWasMatched() || stub.getFault() != null
                || (stub.getStatus() >= 500 && (body == null || body.isEmpty()))) {
            return;
        }
        String method = event.getRequest().getMethod().getName();
        String path = event.getRequest().getUrl().split("\\?")[0];
        String contentType = stub.getHeaders() == null ? null : stub.getHeaders().getContentTypeHeader().firstValue();
        try {
            contract.verify(method, path, stub.getStatus(), contentType, body);
        } catch (AssertionError departure) {
            DEPARTURES.add("stub of " + contract.module() + ": " + departure.getMessage());
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        // answers still being served (a slow stub the gateway gave up on) are checked when they are out
        Instant deadline = Instant.now().plusSeconds(6);
        while (CHECKED.get() < SERVED.get() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!DEPARTURES.isEmpty()) {
            List<String> found = List.copyOf(DEPARTURES);
            DEPARTURES.clear();
            throw new AssertionError(found.size() + " stubbed answer(s) depart from the services' documents:\n"
                    + String.join("\n", found));
        }
    }
}
