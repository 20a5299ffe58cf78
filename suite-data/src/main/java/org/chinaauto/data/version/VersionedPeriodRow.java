package org.chinaauto.data.version;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.FigureStatus;

/**
 * A versioned figure for a period of months, stored as the first days of its first and last month, with how settled
 * it is (estimate, preliminary or final).
 */
@MappedSuperclass
public abstract class VersionedPeriodRow extends VersionedRow {

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FigureStatus status = FigureStatus.FINAL;

    /** How settled the figure is (the {@code Observation} of a figure that has a period). */
    public FigureStatus observedStatus() {
        return status;
    }

    public Period period() {
        return new Period(YearMonth.from(periodStart), YearMonth.from(periodEnd));
    }

    public void setPeriod(Period period) {
        periodStart = period.start().atDay(1);
        periodEnd = period.end().atDay(1);
    }
}
