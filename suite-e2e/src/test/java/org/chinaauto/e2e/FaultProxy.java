package org.chinaauto.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * A real HTTP server between the gateway and one service: it passes every request through unchanged until it is
 * told to answer slowly or with 500s, and does so again when the fault is cleared.
 */
final class FaultProxy implements AutoCloseable {

    private final WireMockServer server;
    private final String target;
    private StubMapping fault;

    FaultProxy(int port, String target) {
        this.target = target;
        // enough threads for every request the gateway can have waiting on a slow answer
        this.server = new WireMockServer(options().port(port).containerThreads(64).asynchronousResponseEnabled(true));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(target)));
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    /** Every answer passed through after {@code delayMs}. */
    void slow(int delayMs) {
        inject(aResponse().proxiedFrom(target).withFixedDelay(delayMs));
    }

    /** Every request answered with a 500 problem, without reaching the service. */
    void failing() {
        inject(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"synthetic fault\"}"));
    }

    /** Passes every request through again. */
    void clear() {
        if (fault != null) {
            server.removeStub(fault);
            fault = null;
        }
    }

    private void inject(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        clear();
        fault = server.stubFor(any(anyUrl()).atPriority(1).willReturn(answer));
    }

    @Override
    public void close() {
        server.stop();
    }
}
