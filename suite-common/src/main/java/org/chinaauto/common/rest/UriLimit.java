package org.chinaauto.common.rest;

import org.chinaauto.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * A request whose path and query are longer than {@value #MAX_URI_LENGTH} characters is answered 414 with a problem,
 * before any endpoint reads its parameters. The HTTP layer's own limit ({@code quarkus.http.limits.max-initial-line-length},
 * set far above this one in every service) would otherwise answer it with a plain-text page.
 */
public class UriLimit {

    /** Longer than any request the suite's own clients make, shorter than the HTTP layer's default line limit. */
    public static final int MAX_URI_LENGTH = 4000;

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void limit(HttpServerRequest http) {
        int length = http.uri().length();
        if (length > MAX_URI_LENGTH) {
            throw new ProblemException(414, "URI too long", "The path and query of the request are " + length
                    + " characters long; at most " + MAX_URI_LENGTH + " are accepted. Ask for less at a time.");
        }
    }
}
