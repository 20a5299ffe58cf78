package org.chinaauto.market.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.Params;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.FigureRepository;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.view.SeriesView;

/**
 * Monthly series of one measure, segment and publisher. A month's level is published or derived from
 * cumulative spans; its year-to-date value is a published Jan..month span or derived likewise.
 */
@ApplicationScoped
public class SeriesService {

    static final int MAX_MONTHS = 600;

    @Inject
    FigureRepository figures;

    public SeriesView series(Measure measure, Segment segment, String publisher, YearMonth from, YearMonth to,
            SeriesUnits units, Instant asOf) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (new Period(from, to).lengthInMonths() > MAX_MONTHS) {
            throw new InvalidInputException("to", "a series covers at most " + MAX_MONTHS + " months");
        }
        YearMonth lookback = MonthlySeries.lookbackStart(units, from);
        List<Figure> all = figures.ending(List.of(measure), List.of(segment), publisher,
                YearMonth.of(lookback.getYear(), 1).atDay(1), lookback.minusMonths(1).atDay(1), to.atDay(1), asOf);
        String chosen = publisher != null ? publisher
                : Params.only(all.stream().map(f -> f.publisher).toList(), "publisher",
                        "several publishers have figures for this series");
        List<Figure> ofPublisher = all.stream().filter(f -> f.publisher.equals(chosen)).toList();

        PeriodResolver<Figure> resolver = new PeriodResolver<>(ofPublisher);
        Map<Period, Resolved<Figure>> cache = new HashMap<>();
        java.util.function.Function<Period, Resolved<Figure>> resolve = p -> cache.computeIfAbsent(p, resolver::resolve);
        MonthlySeries series = new MonthlySeries(m -> valueOf(resolve.apply(Period.month(m))),
                m -> valueOf(resolve.apply(Period.yearToDate(m))));

        List<SeriesView.Point> points = new ArrayList<>();
        for (YearMonth m : new Period(from, to).months()) {
            Resolved<Figure> basis = resolve.apply(units == SeriesUnits.YTD ? Period.yearToDate(m) : Period.month(m));
            BigDecimal value = series.value(units, m);
            boolean derived = units != SeriesUnits.LIN && units != SeriesUnits.YTD || basis != null && basis.derived();
            points.add(new SeriesView.Point(m.toString(), value == null ? null : Numbers.strip(value),
                    value != null && derived, value != null && basis != null && basis.approximate()));
        }
        return new SeriesView(measure.name().toLowerCase(), segment.name().toLowerCase(), chosen,
                units.name().toLowerCase(), units.description(), from, to, asOf, points);
    }

    private static BigDecimal valueOf(Resolved<Figure> r) {
        return r == null ? null : r.value();
    }
}
