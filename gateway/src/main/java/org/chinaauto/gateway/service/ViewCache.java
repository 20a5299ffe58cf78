package org.chinaauto.gateway.service;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.gateway.config.GatewayConfig;

import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Composed views kept for the cache TTL ({@code gateway.cache.ttl}), keyed by the view, its parameters and the
 * snapshot, with their JSON already written: a view asked for again within the TTL is answered without a downstream
 * call and without serialising it again. Only complete views are kept, so that a view with a section missing is
 * composed afresh on the next request.
 */
@ApplicationScoped
public class ViewCache {

    /** A view and its JSON. */
    public record Composed<V>(V view, byte[] json) {
    }

    private final ObjectMapper json;
    private final Cache<String, Composed<?>> views;

    public ViewCache(GatewayConfig config, ObjectMapper json) {
        this.json = json;
        Duration ttl = config.cache().ttl();
        this.views = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(ttl).build();
    }

    /** The view known under {@code key}, or the one {@code compose} makes (kept when {@code complete}). */
    @SuppressWarnings("unchecked")
    public <V> Uni<Composed<V>> get(String key, Supplier<Uni<V>> compose, Predicate<V> complete) {
        Composed<V> known = views == null ? null : (Composed<V>) views.getIfPresent(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return compose.get().map(view -> {
            Composed<V> composed = new Composed<>(view, write(view));
            if (views != null && complete.test(view)) {
                views.put(key, composed);
            }
            return composed;
        });
    }

    /** Forgets every view (tests, and operators through a restart). */
    public void forget() {
        if (views != null) {
            views.invalidateAll();
        }
    }

    private byte[] write(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view could not be written as JSON", e);
        }
    }
}
