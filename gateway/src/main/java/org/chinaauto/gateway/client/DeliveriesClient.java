package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Snapshot;

/** deliveries-service: brand and group deliveries, memberships and targets. */
@ApplicationScoped
public class DeliveriesClient {

    private final Downstream downstream;

    public DeliveriesClient(Downstreams downstreams) {
        this.downstream = downstreams.get("deliveries");
    }

    public Answer ranking(String period, String level, Snapshot snapshot) {
        return downstream.get(Request.to("api/rankings").param("period", period).param("level", level)
                .snapshot(snapshot).toString());
    }

    public Answer rollups(String period, Snapshot snapshot) {
        return downstream.get(Request.to("api/rollups").param("period", period).snapshot(snapshot).toString());
    }

    public Answer deliveries(String subject, String from, String to, Snapshot snapshot) {
        return downstream.get(Request.to("api/deliveries").param("subject", subject).param("from", from).param("to", to)
                .snapshot(snapshot).param("size", 1000).toString());
    }

    /**
     * The brand and its dated group memberships. deliveries-service keeps no versions of these; the snapshot goes
     * along all the same, so that every call of a view reads the same snapshot (and is cached under it).
     */
    public Answer brand(String slug, Snapshot snapshot) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug)).snapshot(snapshot).toString());
    }

    public Answer history(String slug, String from, String to, Snapshot snapshot) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug) + "/history").param("from", from)
                .param("to", to).snapshot(snapshot).toString());
    }

    public Answer targets(String slug, int year, Snapshot snapshot) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug) + "/targets").param("year", year)
                .snapshot(snapshot).toString());
    }
}
