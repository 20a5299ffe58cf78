package org.chinaauto.gateway.client;

import java.time.Instant;
import java.util.function.Function;

import org.chinaauto.common.problem.Problem;

/**
 * What a downstream call came back with: fresh data, stale data from the last good answer (with the problem that
 * made it stale), the downstream's own 4xx problem (an answer, not a failure), or nothing.
 */
public record Answer<T>(String downstream, Status status, T data, Instant fetchedAt, Problem problem) {

    public enum Status {
        /** Fresh from the downstream, or its last good answer while younger than the cache TTL or revalidated. */
        COMPLETE,
        /** The downstream failed; this is its last good answer. */
        STALE,
        /** The downstream answered with a client error (for example 404 for an unknown brand). */
        REJECTED,
        /** The downstream failed and no good answer was known. */
        UNAVAILABLE
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }

    /** The status as views show it: complete, stale, rejected or unavailable. */
    public String label() {
        return status.name().toLowerCase();
    }

    /** The same answer (status, time, problem) of a part of its data; no data stays no data. */
    public <U> Answer<U> map(Function<? super T, ? extends U> part) {
        return new Answer<>(downstream, status, data == null ? null : part.apply(data), fetchedAt, problem);
    }

    public static <T> Answer<T> unavailable(String downstream, Problem problem) {
        return new Answer<>(downstream, Status.UNAVAILABLE, null, null, problem);
    }
}
