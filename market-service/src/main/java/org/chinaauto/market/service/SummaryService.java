package org.chinaauto.market.service;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.strip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.common.view.Rate;
import org.chinaauto.common.view.Rate.Computed;
import org.chinaauto.common.view.Rate.Reported;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.FigureRepository;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.view.SummaryView;
import org.chinaauto.market.view.SummaryView.Amount;
import org.chinaauto.market.view.SummaryView.PublisherSummary;
import org.chinaauto.market.view.SummaryView.SourceFigure;

/**
 * The period summary: each publisher's production, sales and NEV figures for one period, published or
 * derived, with year-on-year growth and NEV share both as reported and as computed.
 */
@ApplicationScoped
public class SummaryService {

    @Inject
    FigureRepository figures;

    @Inject
    MarketConfig config;

    public SummaryView summary(Period period, String publisher, Instant asOf) {
        // Everything a value, its derivation or its year-earlier base can come from ends in this window.
        List<Figure> all = figures.ending(List.of(Measure.values()), List.of(Segment.ALL, Segment.NEV), publisher, null,
                period.start().minusMonths(13).atDay(1), period.end().atDay(1), asOf);
        Map<String, List<Figure>> byPublisher = all.stream()
                .collect(Collectors.groupingBy(f -> f.publisher, TreeMap::new, Collectors.toList()));

        List<PublisherSummary> summaries = new ArrayList<>();
        for (var entry : byPublisher.entrySet()) {
            PublisherSummary s = summarise(period, entry.getKey(), entry.getValue());
            if (s.production() != null || s.sales() != null || s.nevProduction() != null || s.nevSales() != null
                    || s.nevShare() != null) {
                summaries.add(s);
            }
        }
        return new SummaryView(period, asOf, summaries);
    }

    private PublisherSummary summarise(Period period, String publisher, List<Figure> figuresOfPublisher) {
        Map<String, PeriodResolver<Figure>> resolvers = figuresOfPublisher.stream()
                .collect(Collectors.groupingBy(f -> f.measure + "/" + f.segment, Collectors.collectingAndThen(
                        Collectors.toList(), PeriodResolver::new)));
        Resolved<Figure> sales = resolve(resolvers, Measure.SALES, Segment.ALL, period);
        Resolved<Figure> nevSales = resolve(resolvers, Measure.SALES, Segment.NEV, period);
        return new PublisherSummary(publisher,
                amount(resolvers, Measure.PRODUCTION, Segment.ALL, period),
                amount(sales, resolvers, Measure.SALES, Segment.ALL, period),
                amount(resolvers, Measure.PRODUCTION, Segment.NEV, period),
                amount(nevSales, resolvers, Measure.SALES, Segment.NEV, period),
                nevShare(resolve(resolvers, Measure.SALES_SHARE, Segment.NEV, period), nevSales, sales));
    }

    private static Resolved<Figure> resolve(Map<String, PeriodResolver<Figure>> resolvers, Measure m, Segment s, Period period) {
        PeriodResolver<Figure> r = resolvers.get(m + "/" + s);
        return r == null ? null : r.resolve(period);
    }

    private Amount amount(Map<String, PeriodResolver<Figure>> resolvers, Measure m, Segment s, Period period) {
        return amount(resolve(resolvers, m, s, period), resolvers, m, s, period);
    }

    private Amount amount(Resolved<Figure> r, Map<String, PeriodResolver<Figure>> resolvers, Measure m, Segment s, Period period) {
        if (r == null) {
            return null;
        }
        Figure published = r.figure();
        Reported reported = published == null || published.reportedYoyPct == null ? null
                : new Reported(strip(published.reportedYoyPct), lower(published.reportedYoyQualifier), null,
                        null, published.id);
        Period basePeriod = period.plusYears(-1);
        Resolved<Figure> base = resolve(resolvers, m, s, basePeriod);
        Computed computed = null;
        if (base != null) {
            BigDecimal pct = MonthlySeries.percentChange(r.value(), base.value());
            if (pct != null) {
                computed = new Computed(pct, "value / value of " + basePeriod + " - 1", r.approximate() || base.approximate(),
                        strip(r.value()), strip(base.value()), basePeriod, null);
            }
        }
        return new Amount(strip(r.value()), "vehicles", qualifier(r), strip(r.precision()),
                published == null ? null : published.statedAs, r.derived(),
                r.derived() ? r.derivation().name().toLowerCase() : null, sources(r), rate(reported, computed));
    }

    private Rate nevShare(Resolved<Figure> reportedShare, Resolved<Figure> nevSales, Resolved<Figure> sales) {
        Reported reported = null;
        if (reportedShare != null && reportedShare.figure() != null) {
            Figure f = reportedShare.figure();
            reported = new Reported(strip(f.value), lower(f.qualifier), f.statedAs, f.definition, f.id);
        }
        Computed computed = null;
        if (nevSales != null && sales != null) {
            BigDecimal pct = MonthlySeries.share(nevSales.value(), sales.value());
            if (pct != null) {
                computed = new Computed(pct, "NEV sales / all-vehicle sales", nevSales.approximate() || sales.approximate(),
                        strip(nevSales.value()), strip(sales.value()), null, null);
            }
        }
        return rate(reported, computed);
    }

    private Rate rate(Reported reported, Computed computed) {
        if (reported == null && computed == null) {
            return null;
        }
        if (reported == null || computed == null) {
            return new Rate(reported, computed, null, null);
        }
        BigDecimal difference = reported.pct().subtract(computed.pct());
        return new Rate(reported, computed, difference, difference.abs().compareTo(config.flagThresholdPoints()) > 0);
    }

    private static List<SourceFigure> sources(Resolved<Figure> r) {
        return r.from().stream().map(f -> new SourceFigure(f.id, lower(f.measure), lower(f.segment), f.period(),
                strip(f.value), lower(f.qualifier), f.statedAs, f.definition, f.published, f.source)).toList();
    }

    /** The publisher's qualifier of a published value; "approximately" for a value derived from a qualified one. */
    static String qualifier(Resolved<Figure> r) {
        if (r.figure() != null) {
            return lower(r.figure().qualifier);
        }
        return r.approximate() ? "approximately" : null;
    }
}
