package org.chinaauto.exports.figure;

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
import org.chinaauto.common.derive.Observation;

import org.chinaauto.common.version.Versioned;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a published export figure with its provenance. {@code value} is null for an entry that was
 * published only as a rank ("top destinations: Russia, Mexico, UAE").
 */
@Entity
@Table(name = "figure")
public class Figure extends PanacheEntityBase implements Observation, Versioned<FigureKey> {

    /** The destination code of the world total. */
    public static final String WORLD = "WORLD";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_seq")
    @SequenceGenerator(name = "figure_seq", sequenceName = "figure_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Powertrain powertrain;

    /** WORLD, an ISO 3166-1 alpha-2 country code (RU) or a region slug (western-europe). */
    @Column(nullable = false)
    public String destination;

    @Column(nullable = false)
    public String publisher;

    /** A short code of the definition the figure was published under, e.g. customs-incl-chassis. */
    @Column(nullable = false)
    public String definition;

    @Column(name = "definition_note")
    public String definitionNote;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public Long value;

    public Integer rank;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    public Long precision;

    @Column(name = "stated_as")
    public String statedAs;

    @Column(name = "reported_yoy_pct", precision = 12, scale = 4)
    public BigDecimal reportedYoyPct;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_yoy_qualifier")
    public Qualifier reportedYoyQualifier;

    public String published;
    public String source;
    public String notes;

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
    public FigureKey key() {
        return new FigureKey(powertrain, destination, publisher, definition, period());
    }

    public boolean isWorld() {
        return WORLD.equals(destination);
    }

    /** True when the two versions say the same thing (value and provenance), ignoring load times. */
    @Override
    public boolean sameContentAs(Versioned<FigureKey> other) {
        Figure o = (Figure) other;
        return key().equals(o.key()) && Objects.equals(value, o.value) && Objects.equals(rank, o.rank)
                && qualifier == o.qualifier && Objects.equals(precision, o.precision)
                && Objects.equals(statedAs, o.statedAs) && compare(reportedYoyPct, o.reportedYoyPct)
                && reportedYoyQualifier == o.reportedYoyQualifier && Objects.equals(definitionNote, o.definitionNote)
                && Objects.equals(published, o.published) && Objects.equals(source, o.source)
                && Objects.equals(notes, o.notes);
    }

    @Override
    public void loaded(Instant at) {
        loadedAt = at;
    }

    @Override
    public void superseded(Instant at) {
        supersededAt = at;
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public Period observedPeriod() {
        return period();
    }

    @Override
    public BigDecimal observedValue() {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    @Override
    public boolean qualified() {
        return qualifier != null;
    }

    @Override
    public BigDecimal observedPrecision() {
        return precision == null ? null : BigDecimal.valueOf(precision);
    }
}
