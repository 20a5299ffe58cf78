package org.chinaauto.market.service;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.Unambiguous;
import org.chinaauto.data.series.MonthlySeries;
import org.chinaauto.data.series.SeriesPoint;
import org.chinaauto.data.series.SeriesResolver;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.FigureRepository;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.view.SeriesView;

/**
 * Monthly series of one measure, segment and publisher. A month's level is published or derived from
 * cumulative spans; its year-to-date value is a published Jan..month span or derived likewise. Shares are taken
 * only as published: a sum or difference of shares is not a share of anything.
 */
@ApplicationScoped
public class SeriesService {

    static final int MAX_MONTHS = 600;

    @Inject
    FigureRepository figures;

    public SeriesView series(Measure measure, Segment segment, String publisher, YearMonth from, YearMonth to,
            SeriesUnits units, Snapshot snapshot) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (new Period(from, to).lengthInMonths() > MAX_MONTHS) {
            throw new InvalidInputException("to", "a series covers at most " + MAX_MONTHS + " months");
        }
        YearMonth lookback = MonthlySeries.lookbackStart(units, from);
        List<Figure> all = figures.ending(List.of(measure), List.of(segment), publisher == null ? null : List.of(publisher),
                YearMonth.of(lookback.getYear(), 1).atDay(1), lookback.minusMonths(1).atDay(1), to.atDay(1), snapshot);
        String chosen = publisher != null ? publisher
                : Unambiguous.only(all.stream().map(f -> f.publisher).toList(), "publisher",
                        "several publishers have figures for this series");
        List<Figure> ofPublisher = all.stream().filter(f -> f.publisher.equals(chosen)).toList();

        SeriesResolver<Figure> resolver = new SeriesResolver<>(ofPublisher, measure.unit() == Measure.Unit.PERCENT);
        int scale = measure.unit() == Measure.Unit.PERCENT ? 2 : MonthlySeries.scale(units);
        List<SeriesPoint> points = new Period(from, to).months().stream()
                .map(m -> SeriesPoint.of(m, units, resolver, scale)).toList();
        return new SeriesView(measure.name().toLowerCase(), segment.name().toLowerCase(), chosen,
                units.name().toLowerCase(), units.description(), from, to, snapshot.asOf(), snapshot.vintage(), points);
    }
}
