package org.chinaauto.gateway.view;

import java.time.Instant;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.client.Answer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a composed view. {@code status} is complete, stale (the downstream failed; its last good answer
 * is shown), rejected (the downstream answered with an error for this request), unavailable, or partial (computed
 * by the gateway from inputs not all complete); a section that is not complete carries a problem saying why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section<T>(
        @Schema(enumeration = { "market-service", "exports-service", "deliveries-service", "gateway" }) String source,
        @Schema(enumeration = { "complete", "stale", "rejected", "unavailable", "partial" }) String status,
        boolean complete,
        @Schema(description = "When the data was fetched or last revalidated; absent for a section the gateway computed")
        Instant fetchedAt,
        @Schema(description = "Absent when the service gave nothing usable") T data,
        @Schema(description = "Why the section is not complete; absent when it is") Problem problem) {

    public static <T> Section<T> of(String source, Answer<T> answer) {
        return new Section<>(source, answer.label(), answer.complete(), answer.fetchedAt(), answer.data(),
                answer.problem());
    }

    /** The section of an answer whose data the view shows elsewhere (its status only). */
    public static Section<Void> statusOf(String source, Answer<?> answer) {
        return new Section<>(source, answer.label(), answer.complete(), answer.fetchedAt(), null, answer.problem());
    }

    /** A section of an answer the view shows a part of, with the problem saying which part and how to see the rest. */
    public static Section<Void> partial(String source, Instant fetchedAt, Problem problem) {
        return new Section<>(source, "partial", false, fetchedAt, null, problem);
    }

    /** A section the gateway computed from others: complete only when all its inputs were. */
    public static <T> Section<T> computed(String source, boolean complete, T data, Problem problem) {
        return new Section<>(source, complete ? "complete" : "partial", complete, null, data, problem);
    }
}
