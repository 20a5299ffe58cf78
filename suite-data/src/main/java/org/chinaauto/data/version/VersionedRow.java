package org.chinaauto.data.version;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * What every versioned table has: load times (loaded_at, superseded_at), the publication date (as published and
 * as the date vintage reads compare with), and whether the source names the publisher or the suite infers it.
 * The id is Panache's: drawn from the entity's own sequence ({@code <entity>_seq}, in steps of 50), as each
 * service's first migration creates it.
 */
@MappedSuperclass
public abstract class VersionedRow extends PanacheEntity {

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** The publication date as precise as published: {@code 2025-12} or {@code 2025-04-16}. */
    public String published;

    /** {@link PublicationDate#effective} of {@link #published}, kept for vintage queries. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attribution attribution = Attribution.NAMED;

    /** Why the publisher is inferred (required then), or how the source names it. */
    @Column(name = "attribution_note")
    public String attributionNote;

    @PrePersist
    @PreUpdate
    void publicationDate() {
        publishedOn = PublicationDate.effective(published);
    }
}
