package org.chinaauto.common.version;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The load times every versioned table has (loaded_at, superseded_at); each entity keeps its own id. */
@MappedSuperclass
public abstract class VersionedRow<K> extends PanacheEntityBase implements Versioned<K> {

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Override
    public void loaded(Instant at) {
        loadedAt = at;
    }

    @Override
    public void superseded(Instant at) {
        supersededAt = at;
    }

    /** Equal numbers whatever their scale (1.5 and 1.50), or both null: for {@link #sameContentAs}. */
    protected static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
