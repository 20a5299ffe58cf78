package org.chinaauto.exports.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.Amount;
import org.chinaauto.exports.view.Counts;
import org.chinaauto.exports.view.DestinationsView;

/**
 * The destinations of one publisher's exports for a period under one definition. A publisher that names its core
 * markets without figures or order ("Russia, Mexico and the UAE") gets an unordered set back, never a ranking.
 */
@ApplicationScoped
public class DestinationService {

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public DestinationsView destinations(Period period, String publisher, Powertrain powertrain, String definition,
            Snapshot snapshot) {
        List<Figure> all = figures.list(FigureRepository.Filter.of(powertrain, null, publisher, definition, period),
                snapshot);
        List<Figure> parts = all.stream().filter(f -> !f.isWorld()).toList();
        String p = Breakdowns.only(parts.isEmpty() ? all : parts, publisher, f -> f.publisher, "publisher",
                "publishers");
        List<Figure> ofPublisher = all.stream().filter(f -> f.publisher.equals(p)).toList();
        List<Figure> partsOfPublisher = ofPublisher.stream().filter(f -> !f.isWorld()).toList();
        String d = Breakdowns.only(partsOfPublisher.isEmpty() ? ofPublisher : partsOfPublisher, definition,
                f -> f.definition, "definition", "definitions");
        List<Figure> chosen = p == null || d == null ? List.of() : Breakdowns.of(all, p, d);

        Figure world = chosen.stream().filter(f -> f.isWorld() && f.value != null).findFirst().orElse(null);
        Estimate total = world == null ? null : world.observed();
        List<Figure> ordered = chosen.stream().filter(f -> !f.isWorld()).sorted(order()).toList();
        List<DestinationsView.Entry> entries = new ArrayList<>();
        List<Estimate> countries = new ArrayList<>();
        for (Figure f : ordered) {
            Estimate e = f.observed();
            Destinations.Kind kind = destinations.kind(f.destination);
            if (kind == Destinations.Kind.COUNTRY && e != null) {
                countries.add(e);
            }
            entries.add(entry(f, f.listed() ? null : entries.size() + 1, kind,
                    e == null || total == null ? null : e.percentOf(total)));
        }
        Estimate notAttributed = total == null || countries.isEmpty() ? null
                : total.minus(Estimate.sum(countries)).nonNegative();
        return new DestinationsView(period, p, Numbers.lower(powertrain), d, snapshot.asOf(), snapshot.vintage(),
                world == null ? null : Amount.of(new PeriodResolver<>(List.of(world)).resolve(period)),
                !ordered.isEmpty() && ordered.stream().noneMatch(Figure::listed), entries,
                Counts.vehicles(notAttributed),
                notAttributed == null ? null : Counts.percent(notAttributed.percentOf(total)));
    }

    /** By value (highest first), then by stated rank, then the listed ones by name. */
    private Comparator<Figure> order() {
        return Comparator.comparingInt((Figure f) -> f.value != null ? 0 : f.rank != null ? 1 : 2)
                .thenComparing(f -> f.value == null ? 0L : -f.value)
                .thenComparing(f -> f.rank == null ? 0 : f.rank)
                .thenComparing(f -> destinations.name(f.destination))
                .thenComparing(f -> f.destination);
    }

    private DestinationsView.Entry entry(Figure f, Integer rank, Destinations.Kind kind, Estimate share) {
        Estimate e = f.observed();
        return new DestinationsView.Entry(rank, f.destination, destinations.name(f.destination),
                kind.name().toLowerCase(), f.listed(), f.value, Counts.low(e), Counts.high(e), Counts.percent(share),
                Numbers.lower(f.qualifier), f.precision, f.statedAs, f.rank, Numbers.lower(f.status), Numbers.lower(f.attribution),
                f.attributionNote, f.published, f.publishedOn, f.source, f.reportId, f.quote, f.id);
    }
}
