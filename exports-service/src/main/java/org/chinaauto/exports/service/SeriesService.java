package org.chinaauto.exports.service;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.data.series.MonthlySeries;
import org.chinaauto.data.series.SeriesPoint;
import org.chinaauto.data.series.SeriesResolver;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.SeriesView;

/**
 * Monthly series of one powertrain, destination, publisher and definition. A month's level is published or
 * derived from cumulative spans; its year-to-date value is a published Jan..month span (a full-year figure is
 * the year-to-date value of December) or derived likewise. Every value carries its bounds.
 */
@ApplicationScoped
public class SeriesService {

    static final int MAX_MONTHS = 600;

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public SeriesView series(Powertrain powertrain, String destination, String publisher, String definition,
            YearMonth from, YearMonth to, SeriesUnits units, Snapshot snapshot) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (new Period(from, to).lengthInMonths() > MAX_MONTHS) {
            throw new InvalidInputException("to", "a series covers at most " + MAX_MONTHS + " months");
        }
        YearMonth lookback = MonthlySeries.lookbackStart(units, from);
        List<Figure> all = figures.ending(powertrain, destination, publisher, definition,
                YearMonth.of(lookback.getYear(), 1).atDay(1), lookback.minusMonths(1).atDay(1), to.atDay(1), snapshot)
                .stream().filter(f -> f.value != null).toList();
        List<Figure> chosen = Breakdowns.publisherAndDefinition(all, publisher, definition);

        SeriesResolver<Figure> resolver = new SeriesResolver<>(chosen, false);
        int scale = MonthlySeries.scale(units);
        List<SeriesPoint> points = new Period(from, to).months().stream()
                .map(m -> SeriesPoint.of(m, units, resolver, scale)).toList();
        String p = chosen.isEmpty() ? publisher : chosen.get(0).publisher;
        String d = chosen.isEmpty() ? definition : chosen.get(0).definition;
        return new SeriesView(Numbers.lower(powertrain), destination, destinations.name(destination), p, d,
                units.name().toLowerCase(), units.description(), from, to, snapshot.asOf(), snapshot.vintage(), points);
    }
}
