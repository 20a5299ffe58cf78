package org.chinaauto.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

/** deliveries-service: brand and group deliveries, memberships and targets. */
@ApplicationScoped
public class DeliveriesClient {

    private final Downstream downstream;

    public DeliveriesClient(Downstreams downstreams) {
        this.downstream = downstreams.get("deliveries");
    }

    public Answer ranking(String period, String level, String asOf) {
        return downstream.get(Request.to("api/rankings").param("period", period).param("level", level)
                .param("asOf", asOf).toString());
    }

    public Answer rollups(String period, String asOf) {
        return downstream.get(Request.to("api/rollups").param("period", period).param("asOf", asOf).toString());
    }

    public Answer deliveries(String subject, String from, String to, String asOf) {
        return downstream.get(Request.to("api/deliveries").param("subject", subject).param("from", from).param("to", to)
                .param("asOf", asOf).param("size", 1000).toString());
    }

    public Answer brand(String slug) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug)).toString());
    }

    public Answer history(String slug, String from, String to, String asOf) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug) + "/history").param("from", from)
                .param("to", to).param("asOf", asOf).toString());
    }

    public Answer targets(String slug, int year, String asOf) {
        return downstream.get(Request.to("api/brands/" + Slug.check(slug) + "/targets").param("year", year)
                .param("asOf", asOf).toString());
    }
}
