package org.chinaauto.exports.figure;

import java.math.BigDecimal;
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

import org.chinaauto.common.derive.Observation;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Versioned;
import org.chinaauto.common.version.VersionedPeriodRow;

/**
 * One version of a published export figure with its provenance. {@code value} is null for an entry that was
 * published only as a rank ("top destinations: Russia, Mexico, UAE").
 */
@Entity
@Table(name = "figure")
public class Figure extends VersionedPeriodRow<FigureKey> implements Observation {

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
                && Objects.equals(statedAs, o.statedAs) && same(reportedYoyPct, o.reportedYoyPct)
                && reportedYoyQualifier == o.reportedYoyQualifier && Objects.equals(definitionNote, o.definitionNote)
                && Objects.equals(published, o.published) && Objects.equals(source, o.source)
                && Objects.equals(notes, o.notes);
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
