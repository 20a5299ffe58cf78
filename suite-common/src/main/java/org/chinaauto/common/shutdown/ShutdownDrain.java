package org.chinaauto.common.shutdown;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.rest.ClosingAnswer;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Once a shutdown begins (SIGTERM), a request that arrives is answered 503 with Retry-After, on a connection that is
 * then closed ({@link ClosingAnswer}), while the requests already in flight finish (the HTTP layer waits for them up
 * to {@code quarkus.shutdown.timeout}). Quarkus's own graceful shutdown goes on serving new requests until none is in
 * flight, which under steady traffic never happens: the service then stops at the timeout and cuts off what it
 * holds. The start of the shutdown is told by {@link ShutdownDelayInitiatedEvent}, fired only when
 * {@code quarkus.shutdown.delay-enabled} is set at build time.
 */
@Singleton
public class ShutdownDrain {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    /** Before every other filter: a draining service does no work for a new request. */
    private static final int PRIORITY = 10_000;

    private final String answer;
    private volatile boolean draining;

    ShutdownDrain(ObjectMapper json) throws JsonProcessingException {
        this.answer = json.writeValueAsString(Problem.of(503, "Shutting down", "The service is shutting down and "
                + "took no new request; try again in " + Problem.RETRY_AFTER_SECONDS + " seconds.", null));
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void begin(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
        LOG.info("Shutting down: new requests are answered 503 while those in flight finish");
    }

    private void check(RoutingContext context) {
        if (!draining) {
            context.next();
            return;
        }
        ClosingAnswer.to(context).setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS)).end(answer);
    }
}
