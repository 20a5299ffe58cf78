package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Snapshot;

/** market-service: production and sales figures. */
@ApplicationScoped
public class MarketClient {

    private final Downstream downstream;

    public MarketClient(Downstreams downstreams) {
        this.downstream = downstreams.get("market");
    }

    public Answer summary(String period, Snapshot snapshot) {
        return downstream.get(Request.to("api/summary").param("period", period).snapshot(snapshot).toString());
    }

    public Answer figures(String measure, String segment, String period, String from, String to, Snapshot snapshot) {
        return downstream.get(Request.to("api/figures").param("measure", measure).param("segment", segment)
                .param("period", period).param("from", from).param("to", to).snapshot(snapshot).param("size", 1000)
                .toString());
    }

    public Answer series(String measure, String segment, String publisher, String from, String to, Snapshot snapshot) {
        return downstream.get(Request.to("api/series").param("measure", measure).param("segment", segment)
                .param("publisher", publisher).param("from", from).param("to", to).snapshot(snapshot).toString());
    }
}
