package org.chinaauto.market.service;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.strip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.PeriodResolver;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Rate;
import org.chinaauto.common.view.Rate.Computed;
import org.chinaauto.common.view.Rate.Reported;
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
 * derived, with their bounds, and year-on-year growth and NEV share both as reported and as computed on the
 * bounds, the reported rate judged against the computed range.
 */
@ApplicationScoped
public class SummaryService {

    /** Vehicle counts are shown without decimals. */
    static final int COUNT_SCALE = 0;

    @Inject
    FigureRepository figures;

    /**
     * One page of publishers, in alphabetical order: those with a production, sales or share figure (all vehicles or
     * NEV) ending within the period, which every published or derived value of the period needs. A publisher whose
     * figures give no value for the period is left out, so that a page can hold fewer than its size.
     */
    public SummaryView summary(Period period, String publisher, PageRequest request, Snapshot snapshot) {
        List<Segment> segments = List.of(Segment.ALL, Segment.NEV);
        Page<String> publishers = publisher != null ? Page.slice(List.of(publisher), request)
                : figures.publishers(segments, period.start().atDay(1), period.end().atDay(1), request, snapshot);
        // Everything a value, its derivation or its year-earlier base can come from ends in this window.
        List<Figure> all = publishers.items().isEmpty() ? List.of()
                : figures.ending(List.of(Measure.values()), segments, publishers.items(), null,
                        period.start().minusMonths(13).atDay(1), period.end().atDay(1), snapshot);
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
        return new SummaryView(period, snapshot.asOf(), snapshot.vintage(), summaries, publishers.page(),
                publishers.size(), publishers.hasMore());
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
                : Reported.of(published.reportedYoy(), lower(published.reportedYoyQualifier), null, null, published.id);
        Period basePeriod = period.plusYears(-1);
        Resolved<Figure> base = resolve(resolvers, m, s, basePeriod);
        Computed computed = base == null ? null
                : Computed.of(r.estimate().percentChangeFrom(base.estimate()), "value / value of " + basePeriod + " - 1",
                        r.estimate(), base.estimate(), basePeriod, null);
        Estimate shown = r.estimate().rounded(COUNT_SCALE);
        Resolved<Figure> alternative = published == null ? null : resolvers.get(m + "/" + s).derive(period);
        LevelCheck<SourceFigure> derivedRange = alternative == null ? null
                : LevelCheck.of(r.estimate(), alternative.estimate(), lower(alternative.derivation()),
                        sources(alternative), COUNT_SCALE);
        return new Amount(shown.value(), shown.low(), shown.high(), "vehicles",
                published == null ? null : lower(published.qualifier),
                published == null ? null : strip(published.precision),
                published == null ? null : published.statedAs, lower(r.status()), r.derived(),
                r.derived() ? lower(r.derivation()) : null, sources(r), derivedRange, Rate.of(reported, computed));
    }

    /**
     * The share as the publisher reported it (a published figure, never summed or differenced) and as computed from
     * its NEV and all-vehicle sales for the same period.
     */
    private static Rate nevShare(Resolved<Figure> reportedShare, Resolved<Figure> nevSales, Resolved<Figure> sales) {
        Reported reported = null;
        if (reportedShare != null && reportedShare.figure() != null) {
            Figure f = reportedShare.figure();
            reported = Reported.of(f.observed(), lower(f.qualifier), f.statedAs, f.definition, f.id);
        }
        Computed computed = nevSales == null || sales == null ? null
                : Computed.of(nevSales.estimate().percentOf(sales.estimate()), "NEV sales / all-vehicle sales",
                        nevSales.estimate(), sales.estimate(), null, null);
        return Rate.of(reported, computed);
    }

    private static List<SourceFigure> sources(Resolved<Figure> r) {
        return r.from().stream().map(SummaryService::source).toList();
    }

    private static SourceFigure source(Figure f) {
        Estimate stated = f.observed();
        return new SourceFigure(f.id, lower(f.measure), lower(f.segment), f.period(), strip(f.value),
                strip(stated.low()), strip(stated.high()), lower(f.qualifier), f.statedAs, lower(f.status),
                f.definition,
                lower(f.attribution), f.attributionNote, f.published, f.source, f.reportId, f.quote);
    }
}
