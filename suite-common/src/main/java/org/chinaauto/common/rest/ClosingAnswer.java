package org.chinaauto.common.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The response of an answer after which the client's connection is not kept: {@code Connection: close} on HTTP/1.x.
 * On HTTP/2 (a client that upgraded with h2c) that header is forbidden (RFC 9113, 8.2.2: a client must treat the
 * response as malformed, as the JDK's client does since JDK 25); there the answer ends its own stream only.
 */
public final class ClosingAnswer {

    private ClosingAnswer() {
    }

    public static HttpServerResponse to(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader("Connection", "close");
        }
        return response;
    }
}
