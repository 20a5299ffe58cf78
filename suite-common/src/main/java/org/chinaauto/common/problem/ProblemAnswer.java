package org.chinaauto.common.problem;

import jakarta.inject.Singleton;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A problem answered by a handler on the HTTP layer itself (a Vert.x route or filter, before or beside any JAX-RS
 * endpoint), written as the exception mappers write theirs; a 503 says when to try again.
 */
@Singleton
public class ProblemAnswer {

    private final ObjectMapper json;

    ProblemAnswer(ObjectMapper json) {
        this.json = json;
    }

    public Future<Void> send(RoutingContext context, Problem problem) {
        if (problem.status() == 503) {
            context.response().putHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
        }
        try {
            return context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
    }
}
