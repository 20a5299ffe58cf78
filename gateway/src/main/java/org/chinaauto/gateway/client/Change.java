package org.chinaauto.gateway.client;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change of a service's feed: its number there (the CloudEvent's id), when it was committed, and the event as the
 * service wrote it, relayed unchanged; its text is written once, whatever the number of subscribers it is sent to.
 */
public record Change(String service, long seq, Instant time, JsonNode event, String json) {

    static Change of(String service, JsonNode event) {
        return new Change(service, Long.parseLong(event.path("id").asText()), Instant.parse(event.path("time").asText()),
                event, event.toString());
    }
}
