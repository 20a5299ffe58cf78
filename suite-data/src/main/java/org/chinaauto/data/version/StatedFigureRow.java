package org.chinaauto.data.version;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;

/**
 * A figure as a report states it, beside its value: how exact it is (its qualifier: over, nearly, ...), the words
 * it was stated in, and the year-on-year growth the report gives with it (a rate with its own qualifier).
 */
@MappedSuperclass
public abstract class StatedFigureRow extends VersionedPeriodRow {

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    @Column(name = "stated_as")
    public String statedAs;

    @Column(name = "reported_yoy_pct", precision = 12, scale = 4)
    public BigDecimal reportedYoyPct;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_yoy_qualifier")
    public Qualifier reportedYoyQualifier;

    /** The year-on-year growth the report gives, on its bounds; null when it gives none. */
    public Estimate reportedYoy() {
        return Estimate.statedRate(reportedYoyPct, reportedYoyQualifier, null);
    }
}
