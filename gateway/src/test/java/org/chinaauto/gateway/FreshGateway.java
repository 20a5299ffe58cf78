package org.chinaauto.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.gateway.client.Downstreams;
import org.chinaauto.gateway.service.ViewCache;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Puts the gateway back as it starts, before each test: healthy services, nothing kept, every breaker closed. */
@ApplicationScoped
class FreshGateway {

    @Inject
    Downstreams downstreams;

    @Inject
    ViewCache views;

    void reset() {
        DownstreamServers.healthy(0);
        forget();
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Forgets every answer and composed view the gateway keeps. */
    void forget() {
        downstreams.forget();
        views.forget();
    }
}
