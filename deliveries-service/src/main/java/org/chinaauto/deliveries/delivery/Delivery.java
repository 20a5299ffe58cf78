package org.chinaauto.deliveries.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Versioned;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of the deliveries of a brand or of a group as a whole for a period, with provenance. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase implements Versioned<DeliveryKey> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false)
    public Long deliveries;

    @Column(name = "stated_yoy_pct", precision = 12, scale = 4)
    public BigDecimal statedYoyPct;

    @Column(name = "stated_mom_pct", precision = 12, scale = 4)
    public BigDecimal statedMomPct;

    @Column(nullable = false)
    public boolean record;

    public String notes;
    public String published;
    public String source;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    public Period period() {
        return new Period(YearMonth.from(periodStart), YearMonth.from(periodEnd));
    }

    public void setPeriod(Period period) {
        periodStart = period.start().atDay(1);
        periodEnd = period.end().atDay(1);
    }

    @Override
    public DeliveryKey key() {
        return new DeliveryKey(subject, period(), publisher);
    }

    @Override
    public boolean sameContentAs(Versioned<DeliveryKey> other) {
        Delivery o = (Delivery) other;
        return key().equals(o.key()) && deliveries.equals(o.deliveries) && same(statedYoyPct, o.statedYoyPct)
                && same(statedMomPct, o.statedMomPct) && record == o.record && Objects.equals(notes, o.notes)
                && Objects.equals(published, o.published) && Objects.equals(source, o.source);
    }

    @Override
    public void loaded(Instant at) {
        loadedAt = at;
    }

    @Override
    public void superseded(Instant at) {
        supersededAt = at;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
