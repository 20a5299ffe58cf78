package org.chinaauto.data.series;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Observation;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;

/**
 * The periods of one series (one publisher, one definition, one breakdown) for its monthly points, each resolved
 * once: the published figure or a derived value ({@link #resolve}), and what the series' other figures give for a
 * period that was published ({@link #derive}). A series of {@code publishedOnly} figures (shares: a sum or
 * difference of shares is not a share of anything) is never derived.
 */
public final class SeriesResolver<F extends Observation> {

    private final PeriodResolver<F> resolver;
    private final boolean publishedOnly;
    private final Map<Period, Resolved<F>> resolved = new HashMap<>();
    private final MonthlySeries monthly = new MonthlySeries(m -> estimate(resolve(Period.month(m))),
            m -> estimate(resolve(Period.yearToDate(m))));

    public SeriesResolver(List<F> figuresOfOneSeries, boolean publishedOnly) {
        this.resolver = new PeriodResolver<>(figuresOfOneSeries);
        this.publishedOnly = publishedOnly;
    }

    /** The period's published figure, else its derived value; null when neither exists. */
    public Resolved<F> resolve(Period period) {
        return resolved.computeIfAbsent(period, p -> {
            Resolved<F> r = resolver.resolve(p);
            return r != null && publishedOnly && r.derived() ? null : r;
        });
    }

    /** The period derived from the series' other figures, beside a published one; null when it cannot be. */
    public Resolved<F> derive(Period period) {
        return publishedOnly ? null : resolver.derive(period);
    }

    /** The series' monthly levels and year-to-date values with their bounds. */
    public MonthlySeries monthly() {
        return monthly;
    }

    private static Estimate estimate(Resolved<?> r) {
        return r == null ? null : r.estimate();
    }
}
