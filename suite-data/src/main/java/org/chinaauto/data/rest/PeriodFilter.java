package org.chinaauto.data.rest;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.period.Period;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The period filter of every list of figures, declared once ({@code @BeanParam}): exactly one period, or the periods
 * that lie in a range of months.
 */
public class PeriodFilter {

    @QueryParam("period")
    @Parameter(description = "exactly this period, e.g. 2025-11, 2024 or 2025-01/2025-11")
    public Period period;

    @QueryParam("from")
    @Parameter(description = "first month of the range the periods lie in, e.g. 2025-01")
    public YearMonth from;

    @QueryParam("to")
    @Parameter(description = "last month of the range, e.g. 2025-12")
    public YearMonth to;

    /** Exactly this period (any when null). */
    public static PeriodFilter exactly(Period period) {
        PeriodFilter filter = new PeriodFilter();
        filter.period = period;
        return filter;
    }

    /** The first day of the range's first month, or null. */
    public LocalDate fromDay() {
        return from == null ? null : from.atDay(1);
    }

    /** The first day of the range's last month, or null. */
    public LocalDate toDay() {
        return to == null ? null : to.atDay(1);
    }

    /** The first day of the exact period's first month, or null. */
    public LocalDate exactStart() {
        return period == null ? null : period.start().atDay(1);
    }

    /** The first day of the exact period's last month, or null. */
    public LocalDate exactEnd() {
        return period == null ? null : period.end().atDay(1);
    }
}
