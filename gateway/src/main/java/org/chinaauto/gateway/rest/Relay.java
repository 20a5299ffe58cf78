package org.chinaauto.gateway.rest;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.problem.ProblemAnswer;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.config.GatewayConfig.DownstreamConfig;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's pass-through: {@code /api/services/{market|exports|deliveries|reports}/...} (GET, POST, PATCH) reaches the same path under the
 * service's {@code /api/}, on the event loop, with nothing held: the caller's body is piped into the service as it
 * arrives (a load of hundreds of megabytes included), and the service's answer is piped back as soon as it comes, even
 * before the whole body was sent (a refused load): the rest of the body is then read and dropped, and the connection
 * to the service, left with half a request, is reset. Sent once, never retried. A caller whose body stops coming is
 * answered 408; a service that does not answer in time 504, one that cannot be reached 503.
 */
@Singleton
public class Relay {

    private static final String PREFIX = "/api/services/";
    /** What a relayed request carries to the service (tracing adds its traceparent). */
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Authorization", "Content-Type",
            "Content-Length", "If-None-Match");

    private final GatewayConfig config;
    private final HttpClient http;
    private final ProblemAnswer problems;

    Relay(GatewayConfig config, Vertx vertx, ProblemAnswer problems) {
        this.config = config;
        this.problems = problems;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setMaxPoolSize(64));
    }

    void route(@Observes Router router) {
        router.route(PREFIX + ":service/*").method(HttpMethod.GET).method(HttpMethod.POST)
                .method(HttpMethod.PATCH)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::relay);
    }

    private void relay(RoutingContext context) {
        HttpServerRequest caller = context.request();
        String service = context.pathParam("service");
        DownstreamConfig downstream = config.downstream().get(service);
        if (downstream == null) {
            problems.send(context, Problem.of(404, "Not found", "No downstream service named '" + service
                    + "'; known: " + config.downstream().keySet(), caller.path()));
            return;
        }
        // the path and query as the caller encoded them (decoded, a CR LF could end the request line)
        String target = caller.uri().substring(PREFIX.length() + service.length() + 1);
        if (target.startsWith("/") || target.contains("..")) {
            String detail = "not a service path: " + caller.path().substring(PREFIX.length() + service.length() + 1);
            problems.send(context, new InvalidInputException("path", detail).toProblem(caller.path()));
            return;
        }
        boolean read = caller.method() == HttpMethod.GET;
        String base = downstream.url().endsWith("/") ? downstream.url() : downstream.url() + "/";
        RequestOptions options = new RequestOptions().setMethod(caller.method()).setAbsoluteURI(base + "api/" + target)
                .setIdleTimeout((read ? downstream.timeout() : downstream.writeTimeout()).toMillis());
        REQUEST_HEADERS.forEach(name -> {
            String value = caller.getHeader(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        });
        new RelayedRequest(context, service, read, config.relay().bodyIdleTimeout().toMillis(), problems)
                .start(http, options);
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
