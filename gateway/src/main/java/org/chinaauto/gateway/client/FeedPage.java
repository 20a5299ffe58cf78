package org.chinaauto.gateway.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A page of one service's feed: its changes in commit order, the number it started after and the one to ask next. */
public record FeedPage(String service, List<Change> changes, long after, long next, long latest) {

    static FeedPage of(String service, JsonNode page) {
        List<Change> changes = new ArrayList<>();
        page.path("changes").forEach(event -> changes.add(Change.of(service, event)));
        return new FeedPage(service, List.copyOf(changes), page.path("after").asLong(), page.path("next").asLong(),
                page.path("latest").asLong());
    }
}
