package org.chinaauto.gateway;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A test of the gateway's views over its stub services: before each test the gateway is put back as it starts
 * (healthy services, nothing kept, every breaker closed); the overview of the stubs' month is the view most read.
 */
abstract class FreshGatewayTest {

    /** The overview of the month the stub services answer for. */
    static final String OVERVIEW = "/api/overview?period=2030-05";

    @Inject
    FreshGateway gateway;

    @BeforeEach
    void resetGateway() {
        gateway.reset();
    }

    /** Forgets the requests the stub services have seen so far. */
    static void forgetStubRequests() {
        DownstreamServers.SERVERS.values().forEach(WireMockServer::resetRequests);
    }
}
