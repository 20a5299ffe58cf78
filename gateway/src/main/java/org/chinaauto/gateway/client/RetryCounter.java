package org.chinaauto.gateway.client;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;

import io.smallrye.faulttolerance.api.BeforeRetryHandler;

/** Counts a failed attempt and its retry on the downstream the call is to (the call is the guarded method's argument). */
@Dependent
public class RetryCounter implements BeforeRetryHandler {

    private final Exchanges exchanges;

    public RetryCounter(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    @Override
    public void handle(ExecutionContext context) {
        Call<?> call = (Call<?>) context.getParameters()[0];
        exchanges.of(call.downstream()).retrying(context.getFailure());
    }
}
