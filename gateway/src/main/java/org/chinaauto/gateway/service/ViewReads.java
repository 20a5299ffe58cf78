package org.chinaauto.gateway.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.Downstreams;
import org.chinaauto.gateway.client.Read;
import org.chinaauto.gateway.config.GatewayConfig;

import io.smallrye.mutiny.Uni;

/**
 * The reads of a composed view, each bounded by the most the view may take ({@code gateway.deadline}): a downstream
 * call that has not answered by then is reported as unavailable and the view goes on without it.
 */
@ApplicationScoped
public class ViewReads {

    private final Downstreams downstreams;
    private final Duration deadline;

    public ViewReads(Downstreams downstreams, GatewayConfig config) {
        this.downstreams = downstreams;
        this.deadline = config.deadline();
    }

    /**
     * The answer of {@code read} at {@code snapshot} given {@code values} (as {@link Downstreams#get} takes them), or
     * an unavailable answer if it has not come by {@code until}.
     */
    public <T> Uni<Answer<T>> get(Read<T> read, Snapshot snapshot, Instant until, Object... values) {
        return bound(read.downstream(), downstreams.get(read, snapshot, values), until);
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
