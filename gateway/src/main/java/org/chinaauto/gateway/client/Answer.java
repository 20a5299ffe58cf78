package org.chinaauto.gateway.client;

import java.time.Instant;

import org.chinaauto.common.problem.Problem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a downstream call came back with: fresh data, stale data from the cache (with the problem that made
 * it stale), the downstream's own 4xx problem (an answer, not a failure), or nothing.
 */
public record Answer(String downstream, Status status, JsonNode data, Instant fetchedAt, Problem problem) {

    public enum Status {
        /** Fresh from the downstream (or from the short-lived cache). */
        COMPLETE,
        /** The downstream failed; this is its last good answer. */
        STALE,
        /** The downstream answered with a client error (for example 404 for an unknown brand). */
        REJECTED,
        /** The downstream failed and nothing was cached. */
        UNAVAILABLE
    }

    public boolean hasData() {
        return data != null;
    }

    public static Answer unavailable(String downstream, Problem problem) {
        return new Answer(downstream, Status.UNAVAILABLE, null, null, problem);
    }
}
