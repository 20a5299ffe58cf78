package org.chinaauto.exports.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.common.view.Rate;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.Amount;
import org.chinaauto.exports.view.Counts;
import org.chinaauto.exports.view.GrowthView;

/**
 * Growth of one publisher's exports under one definition between two periods of the same length, on the bounds of
 * both values: "1.08 million" (2020) to "nearly 6.41 million" (2024) is a multiple between about 5.90 and 5.96,
 * whatever the report calls it in words.
 */
@ApplicationScoped
public class GrowthService {

    static final String FORMULA = "multiple = to / from; cagr_pct = (multiple ^ (1 / years) - 1) * 100, only for "
            + "whole years; both on the bounds of from and to";

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    public GrowthView growth(Powertrain powertrain, String destination, String publisher, String definition,
            Period from, Period to, Snapshot snapshot) {
        if (from.lengthInMonths() != to.lengthInMonths()) {
            throw new InvalidInputException("to", "growth compares periods of the same length; " + from + " has "
                    + from.lengthInMonths() + " months and " + to + " has " + to.lengthInMonths());
        }
        if (!from.start().isBefore(to.start())) {
            throw new InvalidInputException("to", "'to' (" + to + ") must start after 'from' (" + from + ")");
        }
        List<Figure> all = figures.ending(powertrain, destination, publisher, definition,
                YearMonth.of(from.start().getYear(), 1).atDay(1), from.start().minusMonths(1).atDay(1),
                to.end().atDay(1), snapshot)
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
        int months = new Period(from.start(), to.start()).lengthInMonths() - 1;
        BigDecimal years = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
        Estimate multiple = b.estimate().dividedBy(a.estimate());
        Estimate cagr = multiple == null || months % 12 != 0 ? null
                : b.estimate().compoundGrowthFrom(a.estimate(), months / 12);
        Figure any = b.from().get(0);
        return new GrowthView(any.publisher, Numbers.lower(powertrain), destination, destinations.name(destination),
                any.definition, snapshot.asOf(), snapshot.vintage(), Amount.of(a), Amount.of(b), Numbers.strip(years),
                Counts.percent(multiple), Counts.percent(cagr), months == 12 ? yoy(a, b) : null, stated(b, from),
                FORMULA);
    }

    /** The growth the publisher stated for {@code to}, judged against the one computed from the two values. */
    private static Rate yoy(Resolved<Figure> a, Resolved<Figure> b) {
        Figure published = b.figure();
        Estimate reported = published == null ? null : published.reportedYoy();
        Rate.Reported r = reported == null ? null
                : Rate.Reported.of(reported, Numbers.lower(published.reportedYoyQualifier), null, published.definition,
                        published.id);
        Rate.Computed c = Rate.Computed.of(b.estimate().percentChangeFrom(a.estimate()), "(to / from - 1) * 100",
                b.estimate(), a.estimate(), a.period(), b.from().get(0).definition);
        return Rate.of(r, c);
    }

    /** The growth as the report describes it in words, when it describes it from this very period. */
    private static GrowthView.StatedGrowth stated(Resolved<Figure> b, Period from) {
        Figure published = b.figure();
        if (published == null || published.statedGrowth == null || published.statedGrowthFrom == null
                || !Period.parse(published.statedGrowthFrom, "stated_growth_from").equals(from)) {
            return null;
        }
        return new GrowthView.StatedGrowth(published.statedGrowth, from, published.id);
    }
}
