package org.chinaauto.deliveries.delivery;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.derive.Observation;
import org.chinaauto.common.period.Period;
import org.chinaauto.data.version.VersionedPeriodRow;

/**
 * One version of the deliveries of a brand or of a group as a whole for a period, with provenance. Deliveries are
 * exact counts unless the row gives a qualifier or a precision.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends VersionedPeriodRow implements Observation {

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false)
    public Long deliveries;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    /** The unit the deliveries were rounded to ("about 70,000": 1000); null for an exact count. */
    public Long precision;

    /** The words the report states the deliveries in ("over 70,000"); null when it gives a plain count. */
    @Column(name = "stated_as")
    public String statedAs;

    @Column(name = "stated_yoy_pct", precision = 12, scale = 4)
    public BigDecimal statedYoyPct;

    @Column(name = "stated_mom_pct", precision = 12, scale = 4)
    public BigDecimal statedMomPct;

    @Column(nullable = false)
    public boolean record;

    public String notes;
    public String source;

    /** The deliveries with their bounds. */
    public Estimate estimate() {
        return Estimate.stated(BigDecimal.valueOf(deliveries), qualifier,
                precision == null ? null : BigDecimal.valueOf(precision));
    }

    @Override
    public Period observedPeriod() {
        return period();
    }

    @Override
    public Estimate observed() {
        return estimate();
    }
}
