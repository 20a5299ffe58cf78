package org.chinaauto.gateway.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A downstream path with its query, with values encoded and null parameters left out. */
final class Request {

    private final StringBuilder text;
    private boolean first = true;

    private Request(String path) {
        this.text = new StringBuilder(path);
    }

    static Request to(String path) {
        return new Request(path);
    }

    Request param(String name, Object value) {
        if (value != null) {
            text.append(first ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            first = false;
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
