package org.chinaauto.gateway.client;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change of a service's feed: its number there (the CloudEvent's id), when it was committed, and the event's JSON
 * text as the service wrote it, relayed unchanged: written once, whatever the number of subscribers it is sent to, and
 * kept as text (a parsed tree takes several times the memory, for each of the thousands of changes the gateway keeps).
 */
public record Change(String service, long seq, Instant time, String json) {

    static Change of(String service, JsonNode event) {
        return new Change(service, Long.parseLong(event.path("id").asText()), Instant.parse(event.path("time").asText()),
                event.toString());
    }
}
