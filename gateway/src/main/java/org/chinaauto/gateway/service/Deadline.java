package org.chinaauto.gateway.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.config.GatewayConfig;

import io.smallrye.mutiny.Uni;

/**
 * The most a composed view may take ({@code gateway.deadline}): a downstream call that has not answered by then is
 * reported as unavailable and the view goes on without it.
 */
@ApplicationScoped
public class Deadline {

    private final Duration deadline;

    public Deadline(GatewayConfig config) {
        this.deadline = config.deadline();
    }

    /** The deadline of a view that starts now. */
    public Instant start() {
        return Instant.now().plus(deadline);
    }

    /** The call, or an unavailable answer if it has not answered by {@code until}. */
    public <T> Uni<Answer<T>> bound(String downstream, Uni<Answer<T>> call, Instant until) {
        Duration remaining = Duration.between(Instant.now(), until);
        return call.ifNoItem().after(remaining.isNegative() ? Duration.ZERO : remaining)
                .recoverWithItem(() -> Answer.unavailable(downstream, Problem.of(504, "Downstream too slow",
                        downstream + " did not answer before the view's deadline of " + deadline.toMillis() + " ms",
                        null)));
    }
}
