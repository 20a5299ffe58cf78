package org.chinaauto.gateway.view;

import java.time.Instant;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.client.Answer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a composed view. {@code status} is complete, stale (the downstream failed; its last good answer
 * is shown), rejected (the downstream answered with an error for this request) or unavailable; a section that
 * is not complete carries a problem saying why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String source, String status, boolean complete, Instant fetchedAt, Object data, Problem problem) {

    public static Section of(String source, Answer answer) {
        return new Section(source, answer.status().name().toLowerCase(), answer.status() == Answer.Status.COMPLETE,
                answer.fetchedAt(), answer.data(), answer.problem());
    }

    /** A section the gateway computed from others: complete only when all its inputs were. */
    public static Section computed(String source, boolean complete, Object data, Problem problem) {
        return new Section(source, complete ? "complete" : "partial", complete, null, data, problem);
    }
}
