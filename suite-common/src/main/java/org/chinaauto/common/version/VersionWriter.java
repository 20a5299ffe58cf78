package org.chinaauto.common.version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.chinaauto.common.load.LoadReport;

/**
 * Writes a validated batch of versioned rows: same content as the current version is unchanged, different
 * content supersedes it (revised), a new key is inserted. Serialised per kind of row with an advisory lock,
 * so that concurrent loads of the same key cannot both insert a current version.
 */
public final class VersionWriter {

    private VersionWriter() {
    }

    public static <K, T extends Versioned<K>> LoadReport write(EntityManager em, String lock, List<T> batch,
            Function<List<T>, Collection<T>> currentFor, Consumer<T> persist) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, lock).getSingleResult();
        Map<K, T> current = currentFor.apply(batch).stream().collect(Collectors.toMap(Versioned::key, Function.identity()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int inserted = 0;
        int revised = 0;
        int unchanged = 0;
        for (T incoming : batch) {
            T existing = current.get(incoming.key());
            if (existing != null && existing.sameContentAs(incoming)) {
                unchanged++;
                continue;
            }
            if (existing != null) {
                existing.superseded(now);
                revised++;
                // the old version must stop being current before the new one is inserted (unique index)
                em.flush();
            } else {
                inserted++;
            }
            incoming.loaded(now);
            persist.accept(incoming);
        }
        return new LoadReport(batch.size(), inserted, revised, unchanged);
    }
}
