package org.chinaauto.deliveries.annualtarget;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.data.version.VersionedRow;

/**
 * One revision of a brand's annual deliveries target, as published: a single {@code value} or a
 * {@code low}-{@code high} range. Revisions are numbered in their published order; {@code published} (in
 * {@link org.chinaauto.data.version.VersionedRow}) is the date of the report that gave it.
 */
@Entity
@Table(name = "target")
public class Target extends VersionedRow {

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public Integer year;

    @Column(nullable = false)
    public Integer revision;

    /** When the revision was announced, as precisely as known (2025-03 or 2025-03-14); null when not given. */
    public String announced;

    public Long value;
    public Long low;
    public Long high;
    public String publisher;

    /** A publisher's own statement of progress ("reached ahead of schedule"), kept apart from computed progress. */
    @Column(name = "stated_progress")
    public String statedProgress;

    public String notes;
    public String source;

    public long lowEnd() {
        return value != null ? value : low;
    }

    public long highEnd() {
        return value != null ? value : high;
    }

    /** The target as a range: a single value is exact; a range's value is its midpoint. */
    public Estimate estimate() {
        return value != null ? Estimate.exact(value)
                : Estimate.derived(BigDecimal.valueOf(low), BigDecimal.valueOf(high), null);
    }
}
