package org.chinaauto.exports.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.common.view.Rate;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.Amount;
import org.chinaauto.exports.view.DestinationsView;
import org.chinaauto.exports.view.GrowthView;
import org.chinaauto.exports.view.NevShareView;
import org.chinaauto.exports.view.ReconciliationView;

/**
 * The analyst's views over export figures: growth between two periods, destination rankings, the NEV share and
 * the reconciliation of publishers. Values of different publishers or definitions are never combined, except
 * side by side in the reconciliation, where each keeps its definition.
 */
@ApplicationScoped
public class AnalysisService {

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public GrowthView growth(Powertrain powertrain, String destination, String publisher, String definition,
            Period from, Period to, Instant asOf) {
        if (from.lengthInMonths() != to.lengthInMonths()) {
            throw new InvalidInputException("to", "growth compares periods of the same length; " + from + " has "
                    + from.lengthInMonths() + " months and " + to + " has " + to.lengthInMonths());
        }
        if (!from.start().isBefore(to.start())) {
            throw new InvalidInputException("to", "'to' (" + to + ") must start after 'from' (" + from + ")");
        }
        List<Figure> all = figures.ending(powertrain, destination, publisher, definition,
                YearMonth.of(from.start().getYear(), 1).atDay(1), from.start().minusMonths(1).atDay(1), to.end().atDay(1),
                asOf)
                .stream().filter(f -> f.value != null).toList();
        List<Figure> chosen = Breakdowns.publisherAndDefinition(all, publisher, definition);
        PeriodResolver<Figure> resolver = new PeriodResolver<>(chosen);
        Resolved<Figure> a = resolver.resolve(from);
        Resolved<Figure> b = resolver.resolve(to);
        if (a == null || b == null) {
            throw ProblemException.notFound("No export figure " + (publisher == null ? "" : "of " + publisher + " ")
                    + "for " + (a == null ? from : to) + " (" + Numbers.lower(powertrain) + ", " + destination
                    + (definition == null ? "" : ", " + definition) + "), published or derivable");
        }
        BigDecimal years = BigDecimal.valueOf(new Period(from.start(), to.start()).lengthInMonths() - 1)
                .divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
        BigDecimal multiple = null;
        BigDecimal cagr = null;
        if (a.value().signum() > 0) {
            BigDecimal ratio = b.value().divide(a.value(), MathContext.DECIMAL64);
            multiple = ratio.setScale(2, RoundingMode.HALF_UP);
            cagr = BigDecimal.valueOf((Math.pow(ratio.doubleValue(), 1 / years.doubleValue()) - 1) * 100)
                    .setScale(2, RoundingMode.HALF_UP);
        }
        Figure any = b.from().get(0);
        return new GrowthView(any.publisher, Numbers.lower(powertrain), destination, destinations.name(destination),
                any.definition, Amount.of(a), Amount.of(b), Numbers.strip(years), multiple, cagr,
                a.approximate() || b.approximate(), "multiple = to / from; cagr_pct = (multiple ^ (1 / years) - 1) * 100",
                asOf);
    }

    public DestinationsView destinations(Period period, String publisher, Powertrain powertrain, String definition,
            Instant asOf) {
        List<Figure> all = figures.list(new FigureRepository.Filter(powertrain, null, publisher, definition, period,
                null, null), asOf);
        List<Figure> parts = all.stream().filter(f -> !f.isWorld()).toList();
        String p = Breakdowns.only(parts.isEmpty() ? all : parts, publisher, f -> f.publisher, "publisher", "publishers");
        List<Figure> ofPublisher = all.stream().filter(f -> f.publisher.equals(p)).toList();
        List<Figure> partsOfPublisher = ofPublisher.stream().filter(f -> !f.isWorld()).toList();
        String d = Breakdowns.only(partsOfPublisher.isEmpty() ? ofPublisher : partsOfPublisher, definition,
                f -> f.definition, "definition", "definitions");
        List<Figure> chosen = p == null || d == null ? List.of() : Breakdowns.of(all, p, d);

        Figure world = chosen.stream().filter(f -> f.isWorld() && f.value != null).findFirst().orElse(null);
        List<Figure> ranked = chosen.stream().filter(f -> !f.isWorld())
                .sorted(Comparator.comparing((Figure f) -> f.value == null)
                        .thenComparing(f -> f.value == null ? 0L : -f.value)
                        .thenComparing(f -> f.rank == null ? Integer.MAX_VALUE : f.rank)
                        .thenComparing(f -> f.destination))
                .toList();
        List<DestinationsView.Entry> entries = new ArrayList<>();
        long countries = 0;
        boolean anyCountry = false;
        for (Figure f : ranked) {
            BigDecimal share = world == null || f.value == null ? null
                    : MonthlySeries.share(BigDecimal.valueOf(f.value), BigDecimal.valueOf(world.value));
            Destinations.Kind kind = destinations.kind(f.destination);
            if (kind == Destinations.Kind.COUNTRY && f.value != null) {
                countries += f.value;
                anyCountry = true;
            }
            entries.add(new DestinationsView.Entry(entries.size() + 1, f.destination, destinations.name(f.destination),
                    kind.name().toLowerCase(), f.value, share, Numbers.lower(f.qualifier), f.precision, f.statedAs,
                    f.rank, f.id));
        }
        Long notAttributed = world != null && anyCountry ? world.value - countries : null;
        return new DestinationsView(period, p, Numbers.lower(powertrain), d, asOf,
                world == null ? null : Amount.of(new PeriodResolver<>(List.of(world)).resolve(period)), entries,
                notAttributed, notAttributed == null ? null
                        : MonthlySeries.share(BigDecimal.valueOf(notAttributed), BigDecimal.valueOf(world.value)));
    }

    public NevShareView nevShare(Period period, String publisher, String destination, String definition, Instant asOf) {
        List<Figure> all = figures.ending(null, destination, publisher, definition,
                YearMonth.of(period.start().getYear(), 1).atDay(1), period.start().minusMonths(1).atDay(1),
                period.end().atDay(1), asOf)
                .stream().filter(f -> f.value != null
                        && (f.powertrain == Powertrain.NEV || f.powertrain == Powertrain.ALL)).toList();
        String p = Breakdowns.only(all, publisher, f -> f.publisher, "publisher", "publishers");
        Map<String, Resolved<Figure>> nev = resolveByDefinition(all, p, Powertrain.NEV, period);
        Map<String, Resolved<Figure>> total = resolveByDefinition(all, p, Powertrain.ALL, period);
        TreeSet<String> common = new TreeSet<>(nev.keySet());
        common.retainAll(total.keySet());
        if (common.size() > 1) {
            throw new InvalidInputException("definition", "NEV and all exports are both published under several "
                    + "definitions; choose one of " + common + " with definition=");
        }
        Resolved<Figure> n;
        Resolved<Figure> t;
        String note;
        Rate.Computed computed = null;
        Boolean same = null;
        if (common.size() == 1) {
            String d = common.first();
            n = nev.get(d);
            t = total.get(d);
            same = true;
            BigDecimal pct = MonthlySeries.share(n.value(), t.value());
            computed = pct == null ? null : new Rate.Computed(pct, "NEV exports / all exports, both " + d,
                    n.approximate() || t.approximate(), Numbers.strip(n.value()), Numbers.strip(t.value()), null, d);
            note = computed == null ? "All exports are zero; no share" : "Computed from figures of the same publisher "
                    + "and definition";
        } else {
            n = single(nev, "NEV");
            t = single(total, "all");
            if (n != null && t != null) {
                same = false;
                note = "NEV exports are published under '" + n.from().get(0).definition + "' and all exports under '"
                        + t.from().get(0).definition + "'; a share across two definitions is not computed";
            } else {
                note = "No " + (n == null ? "NEV" : "all-powertrain") + " export figure of " + (p == null ? "any publisher" : p)
                        + " for " + period + ", published or derivable; no share is computed";
            }
        }
        Rate rate = computed == null ? null : new Rate(null, computed, null, null);
        return new NevShareView(period, p, destination, destinations.name(destination), asOf, Amount.of(n), Amount.of(t),
                same, rate, note);
    }

    private static Map<String, Resolved<Figure>> resolveByDefinition(List<Figure> all, String publisher,
            Powertrain powertrain, Period period) {
        Map<String, Resolved<Figure>> byDefinition = new TreeMap<>();
        all.stream().filter(f -> f.publisher.equals(publisher) && f.powertrain == powertrain)
                .collect(Collectors.groupingBy(f -> f.definition))
                .forEach((d, list) -> {
                    Resolved<Figure> r = new PeriodResolver<>(list).resolve(period);
                    if (r != null) {
                        byDefinition.put(d, r);
                    }
                });
        return byDefinition;
    }

    private static Resolved<Figure> single(Map<String, Resolved<Figure>> byDefinition, String what) {
        if (byDefinition.size() > 1) {
            throw new InvalidInputException("definition", what + " exports are published under several definitions; "
                    + "choose one of " + byDefinition.keySet() + " with definition=");
        }
        return byDefinition.isEmpty() ? null : byDefinition.values().iterator().next();
    }

    public ReconciliationView reconciliation(Period period, Powertrain powertrain, String destination, Instant asOf) {
        List<Figure> all = figures.list(FigureRepository.Filter.of(powertrain, destination, null, null, period), asOf)
                .stream().sorted(Comparator.comparing((Figure f) -> f.publisher).thenComparing(f -> f.definition))
                .toList();
        List<ReconciliationView.Entry> entries = all.stream().map(f -> new ReconciliationView.Entry(f.publisher,
                f.definition, f.definitionNote, f.value, Numbers.lower(f.qualifier), f.precision, f.statedAs,
                Numbers.strip(f.reportedYoyPct), f.published, f.source, f.id)).toList();
        List<ReconciliationView.Gap> gaps = new ArrayList<>();
        List<Figure> valued = all.stream().filter(f -> f.value != null).toList();
        for (int i = 0; i < valued.size(); i++) {
            for (int j = i + 1; j < valued.size(); j++) {
                Figure a = valued.get(i);
                Figure b = valued.get(j);
                long difference = b.value - a.value;
                gaps.add(new ReconciliationView.Gap(a.publisher, a.definition, b.publisher, b.definition, difference,
                        MonthlySeries.share(BigDecimal.valueOf(difference), BigDecimal.valueOf(a.value)),
                        a.qualified() || b.qualified()));
            }
        }
        return new ReconciliationView(period, Numbers.lower(powertrain), destination, destinations.name(destination),
                asOf, entries, gaps);
    }
}
