package org.chinaauto.gateway.service;

import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Observation;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.gateway.view.TimelineView.Point;
import org.chinaauto.gateway.view.TimelineView.Series;

/**
 * A timeline series' stated levels judged against what its other figures give for the same period (a month from two
 * year-to-date spans, a quarter or half from months or spans, a year from its halves), as the services judge theirs:
 * within one series, so never across publishers or definitions; levels in vehicles only (a share is never summed or
 * differenced).
 */
final class StatedLevels {

    /** A point of the series as the derivation reads it. */
    private record Figure(Point point, Period observedPeriod, Estimate observed) implements Observation {

        @Override
        public FigureStatus observedStatus() {
            return FigureStatus.of(point.status());
        }
    }

    private StatedLevels() {
    }

    private static Figure figure(Point p) {
        return new Figure(p, Period.parse(p.period(), "period"), new Estimate(p.value(), p.low(), p.high()));
    }

    /** The series with each point that can also be derived judged against that derived range. */
    static Series judged(Series series) {
        if (!"vehicles".equals(series.unit()) || Boolean.TRUE.equals(series.computed())) {
            return series;
        }
        List<Figure> figures = series.points().stream().filter(p -> p.value() != null).map(StatedLevels::figure)
                .toList();
        PeriodResolver<Figure> resolver = new PeriodResolver<>(figures);
        return series.withPoints(series.points().stream().map(p -> {
            Resolved<Figure> derived = p.value() == null ? null : resolver.derive(Period.parse(p.period(), "period"));
            return derived == null ? p
                    : p.withDerivedRange(LevelCheck.of(figure(p).observed(), derived.estimate(),
                            Numbers.lower(derived.derivation()),
                            derived.from().stream().map(d -> d.point().period()).toList(), Bounds.VEHICLES));
        }).toList());
    }
}
