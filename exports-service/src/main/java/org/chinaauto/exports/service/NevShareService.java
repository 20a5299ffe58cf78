package org.chinaauto.exports.service;

import java.time.YearMonth;
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
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Rate;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.Amount;
import org.chinaauto.exports.view.NevShareView;

/**
 * The NEV share of one publisher's exports, computed on the bounds of NEV and all-powertrain exports of the same
 * publisher and the same definition only; figures of different definitions are shown side by side, not divided.
 */
@ApplicationScoped
public class NevShareService {

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public NevShareView nevShare(Period period, String publisher, String destination, String definition,
            Snapshot snapshot) {
        List<Figure> all = figures.ending(null, destination, publisher, definition,
                YearMonth.of(period.start().getYear(), 1).atDay(1), period.start().minusMonths(1).atDay(1),
                period.end().atDay(1), snapshot)
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
            computed = Rate.Computed.of(n.estimate().percentOf(t.estimate()), "NEV exports / all exports * 100, both "
                    + d + ", on their bounds", n.estimate(), t.estimate(), null, d);
            note = computed == null ? "All exports may be zero; no share is computed"
                    : "Computed from figures of the same publisher and definition";
        } else {
            n = single(nev, "NEV");
            t = single(total, "all");
            if (n != null && t != null) {
                same = false;
                note = "NEV exports are published under '" + n.from().get(0).definition + "' and all exports under '"
                        + t.from().get(0).definition + "'; a share across two definitions is not computed";
            } else {
                note = "No " + (n == null ? "NEV" : "all-powertrain") + " export figure of "
                        + (p == null ? "any publisher" : p) + " for " + period
                        + ", published or derivable; no share is computed";
            }
        }
        return new NevShareView(period, p, destination, destinations.name(destination), snapshot.asOf(),
                snapshot.vintage(), Amount.of(n), Amount.of(t), same, Rate.of(null, computed), note);
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
}
