package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Snapshot;

/** exports-service: exports by powertrain, destination and publisher. */
@ApplicationScoped
public class ExportsClient {

    public static final String WORLD = "WORLD";

    private final Downstream downstream;

    public ExportsClient(Downstreams downstreams) {
        this.downstream = downstreams.get("exports");
    }

    public Answer reconciliation(String period, String powertrain, Snapshot snapshot) {
        return downstream.get(Request.to("api/reconciliation").param("period", period).param("powertrain", powertrain)
                .param("destination", WORLD).snapshot(snapshot).toString());
    }

    public Answer worldFigures(String from, String to, Snapshot snapshot) {
        return downstream.get(Request.to("api/figures").param("destination", WORLD).param("from", from).param("to", to)
                .snapshot(snapshot).param("size", 1000).toString());
    }
}
