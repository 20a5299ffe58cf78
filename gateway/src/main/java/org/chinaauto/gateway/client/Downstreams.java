package org.chinaauto.gateway.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.config.GatewayConfig;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data services the views read, one {@link Downstream} each, configured from {@code gateway.downstream.<name>.*}
 * at start (Fault Tolerance builds each guard, and its {@code ft_*} series, on its first read).
 */
@Startup
@Singleton
public class Downstreams {

    /** Items a view asks for per page of a list: as many as the services give. */
    public static final int PAGE = 1000;

    private final Map<String, Downstream> byName = new TreeMap<>();

    Downstreams(GatewayConfig config, ObjectMapper json) {
        config.downstream().forEach((name, downstream) -> byName.put(name, new Downstream(name, downstream, config, json)));
    }

    /**
     * The answer of {@code read} at {@code snapshot}, given {@code values} as name-value pairs: a name of the read's
     * template fills it, every other one is a query parameter; null values are left out. Every call of one view
     * reads the same snapshot, and an answer is only ever reused for the same read, values and snapshot.
     */
    public <T> Uni<Answer<T>> get(Read<T> read, Snapshot snapshot, Object... values) {
        String path = read.template();
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            String name = (String) values[i];
            if (values[i + 1] == null) {
                continue;
            }
            String value = values[i + 1].toString();
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", value);
            } else {
                query.put(name, value);
            }
        }
        if (snapshot.vintage() != null) {
            query.put("vintage", snapshot.vintage().toString());
        }
        if (snapshot.asOf() != null) {
            query.put("asOf", snapshot.asOf().toString());
        }
        return byName.get(read.downstream()).get(read, path, query, path + query);
    }

    /** Forgets every answer the gateway knows (tests, and operators through a restart). */
    public void forget() {
        byName.values().forEach(Downstream::forget);
    }
}
