package org.chinaauto.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.config.GatewayConfig;

/**
 * Runs the downstream calls of a view at the same time, each bounded by the view's deadline: a call that has
 * not answered by then is reported as unavailable and the view goes on without it.
 */
@ApplicationScoped
public class Parallel {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(64, r -> {
        Thread t = new Thread(r, "gateway-call-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Duration deadline;

    public Parallel(GatewayConfig config) {
        this.deadline = config.deadline();
    }

    /** The deadline of a view that starts now. */
    public Instant deadline() {
        return Instant.now().plus(deadline);
    }

    public CompletableFuture<Answer> call(String downstream, Supplier<Answer> call, Instant until) {
        long remaining = Math.max(0, Duration.between(Instant.now(), until).toMillis());
        return CompletableFuture.supplyAsync(call, pool)
                .exceptionally(e -> Answer.unavailable(downstream, Problem.of(503, "Downstream unavailable",
                        downstream + " failed: " + e.getMessage(), null)))
                .completeOnTimeout(Answer.unavailable(downstream, Problem.of(504, "Downstream too slow",
                        downstream + " did not answer before the view's deadline of " + deadline.toMillis() + " ms", null)),
                        remaining, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
