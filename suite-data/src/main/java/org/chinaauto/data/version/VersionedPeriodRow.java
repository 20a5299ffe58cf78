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
 * it is (estimate, preliminary or final) and where it was read ({@link ReportQuote}: the report and its sentence).
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

    /** The report that states the figure, by its id in reports-service; null when none is named. */
    @Column(name = "report_id")
    public Long reportId;

    /** The sentence of that report that states the figure, as the report words it; null when none is quoted. */
    public String quote;

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
