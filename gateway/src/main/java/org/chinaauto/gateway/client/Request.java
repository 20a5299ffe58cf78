package org.chinaauto.gateway.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.chinaauto.common.version.Snapshot;

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

    /**
     * The snapshot a view reads: {@code vintage} (a date) and {@code asOf} (an instant), each only when given. Being
     * part of the query, they are part of the key the answer is cached under.
     */
    Request snapshot(Snapshot snapshot) {
        return param("vintage", snapshot.vintage()).param("asOf", snapshot.asOf());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
