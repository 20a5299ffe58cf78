package org.chinaauto.data.version;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.chinaauto.common.period.Period;

/** A versioned row for a period of months, stored as the first days of its first and last month. */
@MappedSuperclass
public abstract class VersionedPeriodRow extends VersionedRow {

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public Period period() {
        return new Period(YearMonth.from(periodStart), YearMonth.from(periodEnd));
    }

    public void setPeriod(Period period) {
        periodStart = period.start().atDay(1);
        periodEnd = period.end().atDay(1);
    }
}
