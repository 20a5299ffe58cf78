package org.chinaauto.gateway.view;

import java.time.Instant;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.client.Answer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a composed view. {@code status} is complete, stale (the downstream failed; its last good answer
 * is shown), rejected (the downstream answered with an error for this request), unavailable, or partial (computed
 * by the gateway from inputs not all complete); a section that is not complete carries a problem saying why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section<T>(String source, String status, boolean complete, Instant fetchedAt, T data, Problem problem) {

    public static <T> Section<T> of(String source, Answer<T> answer) {
        return new Section<>(source, answer.label(), answer.complete(), answer.fetchedAt(), answer.data(),
                answer.problem());
    }

    /** The section of an answer whose data the view shows elsewhere (its status only). */
    public static Section<Void> statusOf(String source, Answer<?> answer) {
        return new Section<>(source, answer.label(), answer.complete(), answer.fetchedAt(), null, answer.problem());
    }

    /** A section the gateway computed from others: complete only when all its inputs were. */
    public static <T> Section<T> computed(String source, boolean complete, T data, Problem problem) {
        return new Section<>(source, complete ? "complete" : "partial", complete, null, data, problem);
    }
}
