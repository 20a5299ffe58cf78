package org.chinaauto.exports.figure;

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

/**
 * One version of a published export figure with its provenance. {@code value} is null for a destination the
 * publisher named without a figure: ranked ({@code rank}) or only listed ("core export markets included Russia,
 * Mexico and the UAE", neither value nor rank).
 */
@Entity
@Table(name = "figure")
public class Figure extends StatedFigureRow implements Observation {

    /** The destination code of the world total. */
    public static final String WORLD = "WORLD";

    /** The entity's fields that identify a figure across its versions, for vintage queries. */
    public static final List<String> KEY_FIELDS = List.of("powertrain", "destination", "publisher", "definition",
            "periodStart", "periodEnd");

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

    /** A rank the publisher stated; null for a destination listed in no stated order. */
    public Integer rank;

    public Long precision;

    /** Growth the report describes in words up to this figure ("nearly fivefold"), kept as reported. */
    @Column(name = "stated_growth")
    public String statedGrowth;

    /** The period the stated growth starts from (2020 for "from 1.08 million units in 2020"). */
    @Column(name = "stated_growth_from")
    public String statedGrowthFrom;

    public String source;
    public String notes;

    public boolean isWorld() {
        return WORLD.equals(destination);
    }

    /** A destination named without a figure and without a rank. */
    public boolean listed() {
        return value == null && rank == null;
    }

    @Override
    public Period observedPeriod() {
        return period();
    }

    /** The value with the bounds its stated form gives it; null for a destination named without a value. */
    @Override
    public Estimate observed() {
        if (value == null) {
            return null;
        }
        return Estimate.stated(BigDecimal.valueOf(value), qualifier,
                precision == null ? null : BigDecimal.valueOf(precision));
    }

    /** The year-on-year growth the publisher stated, with its rounding bounds; null when none was stated. */
}
