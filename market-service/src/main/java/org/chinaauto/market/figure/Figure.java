package org.chinaauto.market.figure;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Observation;
import org.chinaauto.common.period.Period;
import org.chinaauto.data.version.StatedFigureRow;

/** One version of a published figure with its provenance. */
@Entity
@Table(name = "figure")
public class Figure extends StatedFigureRow implements Observation {

    /** The entity's fields that identify a figure across its versions, for vintage queries. */
    public static final List<String> KEY_FIELDS = List.of("measure", "segment", "publisher",
            "periodStart", "periodEnd");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Column(nullable = false)
    public String publisher;

    @Column(nullable = false, precision = 21, scale = 6)
    public BigDecimal value;

    @Column(precision = 21, scale = 6)
    public BigDecimal precision;

    public String definition;
    public String source;
    public String notes;

    @Override
    public Period observedPeriod() {
        return period();
    }

    /** The value with the bounds its stated form gives it; a share without a precision is rounded to its last decimal. */
    @Override
    public Estimate observed() {
        return measure.unit() == Measure.Unit.PERCENT ? Estimate.statedRate(value, qualifier, precision)
                : Estimate.stated(value, qualifier, precision);
    }

    /** The year-on-year growth the publisher stated, with its rounding bounds; null when none was stated. */
}
