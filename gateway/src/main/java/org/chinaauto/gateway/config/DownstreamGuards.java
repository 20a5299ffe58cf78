package org.chinaauto.gateway.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Sets the fault tolerance of each downstream's reads (the {@code read} method of its client bean) from the
 * gateway's own keys, durations included: {@code gateway.downstream.<name>.timeout}, {@code .retries},
 * {@code .retry-delay}, and {@code gateway.breaker.*}, each overridable from the environment as any key
 * ({@code GATEWAY_DOWNSTREAM_MARKET_TIMEOUT=1S}). A SmallRye key set directly
 * ({@code quarkus.fault-tolerance."org.chinaauto.gateway.client.MarketClient/read".timeout.value}) in the
 * environment still wins, this source being below it.
 */
public class DownstreamGuards implements ConfigSourceFactory {

    /** The downstream services and their client beans. */
    static final Map<String, String> CLIENTS = Map.of("market", "org.chinaauto.gateway.client.MarketClient",
            "exports", "org.chinaauto.gateway.client.ExportsClient",
            "deliveries", "org.chinaauto.gateway.client.DeliveriesClient");

    /** Above application.properties (250), below environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> keys = new HashMap<>();
        CLIENTS.forEach((name, client) -> {
            String guard = "quarkus.fault-tolerance.\"" + client + "/read\".";
            String own = "gateway.downstream." + name + ".";
            keys.put(guard + "timeout.value", millis(context, own + "timeout", "2S"));
            keys.put(guard + "timeout.unit", "millis");
            keys.put(guard + "retry.max-retries", text(context, own + "retries", "2"));
            keys.put(guard + "retry.delay", millis(context, own + "retry-delay", "100MS"));
            keys.put(guard + "retry.delay-unit", "millis");
            keys.put(guard + "circuit-breaker.request-volume-threshold", text(context, "gateway.breaker.request-volume", "10"));
            keys.put(guard + "circuit-breaker.failure-ratio", text(context, "gateway.breaker.failure-ratio", "0.5"));
            keys.put(guard + "circuit-breaker.delay", millis(context, "gateway.breaker.delay", "10S"));
            keys.put(guard + "circuit-breaker.delay-unit", "millis");
            keys.put(guard + "circuit-breaker.success-threshold", text(context, "gateway.breaker.success-threshold", "2"));
        });
        return List.of(new PropertiesConfigSource(keys, "gateway downstream guards", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String text(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue().trim();
    }

    private static String millis(ConfigSourceContext context, String key, String fallback) {
        Duration d = DurationConverter.parseDuration(text(context, key, fallback));
        return Long.toString(d.toMillis());
    }
}
