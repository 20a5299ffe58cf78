package org.chinaauto.exports.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.Counts;
import org.chinaauto.exports.view.ReconciliationView;

/**
 * Every publisher's figure for one period side by side, each under its own definition, and the gaps between them on
 * their bounds: CAAM's 5.86 million and the customs' "nearly 6.41 million" (including chassis) are 535,000 to
 * 555,000 apart. Nothing is merged.
 */
@ApplicationScoped
public class ReconciliationService {

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public ReconciliationView reconciliation(Period period, Powertrain powertrain, String destination,
            Snapshot snapshot) {
        List<Figure> all = figures.list(FigureRepository.Filter.of(powertrain, destination, null, null, period),
                snapshot).stream()
                .sorted(Comparator.comparing((Figure f) -> f.publisher).thenComparing(f -> f.definition))
                .toList();
        // every publisher's and definition's figures that can give the period, in one query
        Map<List<String>, List<Figure>> series = figures.ending(powertrain, destination, null, null,
                YearMonth.of(period.start().getYear(), 1).atDay(1), period.start().minusMonths(1).atDay(1),
                period.end().atDay(1), snapshot).stream().filter(x -> x.value != null)
                .collect(Collectors.groupingBy(x -> List.of(x.publisher, x.definition)));
        List<ReconciliationView.Entry> entries = all.stream().map(f -> entry(f, derivedRange(f, period,
                series.getOrDefault(List.of(f.publisher, f.definition), List.of())))).toList();
        List<ReconciliationView.Gap> gaps = new ArrayList<>();
        List<Figure> valued = all.stream().filter(f -> f.value != null).toList();
        for (int i = 0; i < valued.size(); i++) {
            for (int j = i + 1; j < valued.size(); j++) {
                Figure a = valued.get(i);
                Figure b = valued.get(j);
                Estimate gap = b.observed().minus(a.observed());
                gaps.add(new ReconciliationView.Gap(a.publisher, a.definition, b.publisher, b.definition,
                        a.definition.equals(b.definition), Counts.vehicles(gap),
                        Counts.percent(b.observed().percentChangeFrom(a.observed()))));
            }
        }
        return new ReconciliationView(period, Numbers.lower(powertrain), destination, destinations.name(destination),
                snapshot.asOf(), snapshot.vintage(), entries, gaps);
    }

    /**
     * The figure judged against the same period derived from its publisher's other figures of its definition (a
     * month from two year-to-date spans, a year from its halves, ...); null when nothing else gives the period.
     */
    private static LevelCheck<Long> derivedRange(Figure f, Period period, List<Figure> series) {
        if (f.value == null) {
            return null;
        }
        Resolved<Figure> derived = new PeriodResolver<>(series).derive(period);
        return derived == null ? null
                : LevelCheck.of(f.observed(), Counts.vehicles(derived.estimate()), Numbers.lower(derived.derivation()),
                        derived.from().stream().map(x -> x.id).toList(), 0);
    }

    private static ReconciliationView.Entry entry(Figure f, LevelCheck<Long> derivedRange) {
        Estimate e = f.observed();
        return new ReconciliationView.Entry(f.publisher, f.definition, f.definitionNote, f.value, Counts.low(e),
                Counts.high(e), Numbers.lower(f.qualifier), f.precision, f.statedAs, Numbers.lower(f.status),
                Numbers.strip(f.reportedYoyPct), Numbers.lower(f.attribution), f.attributionNote, f.published,
                f.publishedOn, f.source, f.reportId, f.quote, f.id, derivedRange);
    }
}
