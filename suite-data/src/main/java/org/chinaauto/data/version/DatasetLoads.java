package org.chinaauto.data.version;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/**
 * The record of bundled datasets already loaded (dataset_load), so that each is loaded once per database even
 * with several replicas starting together, and a later revision by a user is never reverted.
 */
public final class DatasetLoads {

    private DatasetLoads() {
    }

    /** Records the dataset as loaded; true when this caller claimed it and must now load it. */
    public static boolean claim(EntityManager em, String name) {
        return em.createNativeQuery("INSERT INTO dataset_load (name, loaded_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, name).setParameter(2, Instant.now()).executeUpdate() > 0;
    }
}
