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

    /** The defaults of the gateway's keys, declared here once (GatewayConfig names them in its own defaults). */
    public static final String TIMEOUT = "2S";
    public static final String RETRIES = "2";
    public static final String RETRY_DELAY = "100MS";
    public static final String BREAKER_REQUEST_VOLUME = "10";
    public static final String BREAKER_FAILURE_RATIO = "0.5";
    public static final String BREAKER_DELAY = "10S";
    public static final String BREAKER_SUCCESS_THRESHOLD = "2";

    /** Above application.properties (250), below environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> keys = new HashMap<>();
        CLIENTS.forEach((name, client) -> {
            String guard = "quarkus.fault-tolerance.\"" + client + "/read\".";
            String own = "gateway.downstream." + name + ".";
            keys.put(guard + "timeout.value", millis(context, own + "timeout", TIMEOUT));
            keys.put(guard + "timeout.unit", "millis");
            keys.put(guard + "retry.max-retries", text(context, own + "retries", RETRIES));
            keys.put(guard + "retry.delay", millis(context, own + "retry-delay", RETRY_DELAY));
            keys.put(guard + "retry.delay-unit", "millis");
            keys.put(guard + "circuit-breaker.request-volume-threshold", text(context, "gateway.breaker.request-volume", BREAKER_REQUEST_VOLUME));
            keys.put(guard + "circuit-breaker.failure-ratio", text(context, "gateway.breaker.failure-ratio", BREAKER_FAILURE_RATIO));
            keys.put(guard + "circuit-breaker.delay", millis(context, "gateway.breaker.delay", BREAKER_DELAY));
            keys.put(guard + "circuit-breaker.delay-unit", "millis");
            keys.put(guard + "circuit-breaker.success-threshold", text(context, "gateway.breaker.success-threshold", BREAKER_SUCCESS_THRESHOLD));
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
