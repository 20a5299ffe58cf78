package org.chinaauto.common.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chinaauto.common.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request declaring a body over {@code quarkus.http.limits.max-body-size} is answered 413 with a problem, before
 * the HTTP layer refuses it with an empty page of its own. Bodies under it go on: a data service's lower load limit
 * answers with its own problem (BodyLimit), which the gateway passes on.
 */
@Singleton
public class DeclaredBodyLimit {

    private static final Logger LOG = Logger.getLogger(DeclaredBodyLimit.class);
    /** Before the HTTP layer's own handling of the body, after nothing that needs the body. */
    private static final int PRIORITY = 100;

    private final long maxBytes;
    private final String answer;

    DeclaredBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json)
            throws JsonProcessingException {
        this.maxBytes = max.asLongValue();
        this.answer = json.writeValueAsString(Problem.of(413, "Body too large", "The request body is declared "
                + "larger than the limit of " + maxBytes + " bytes; split the load into smaller batches", null));
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        if (declared != null && declaredLength(declared) > maxBytes) {
            LOG.warnf("Refused %s %s: a body of %s bytes declared, over the limit of %d", context.request().method(),
                    context.request().path(), declared, maxBytes);
            ClosingAnswer.to(context).setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(answer);
            return;
        }
        context.next();
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer answers a malformed length itself
        }
    }
}
