package org.chinaauto.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.view.Rate;
import org.chinaauto.gateway.downstream.market.MarketFigure;
import org.chinaauto.gateway.view.TimelineView.Point;
import org.chinaauto.gateway.view.TimelineView.Series;
import org.junit.jupiter.api.Test;

/** The timeline's market series from market-service's figures, and the NEV share computed from them, without HTTP. */
class TimelineSeriesTest {

    @Test
    void oneSeriesPerMeasureSegmentAndPublisherSayingWhatItCounts() {
        List<Series> series = TimelineService.marketSeries(List.of(
                figure("production", "nev", "SYN-A", "2030-01", 600, 600, 600),
                figure("sales", "nev", "SYN-A", "2030-01", 500, 500, 500),
                figure("sales", "nev", "SYN-A", "2030-02", 550, 550, 550),
                figure("sales", "nev", "SYN-B", "2030-01", 510, 510, 510)));
        assertThat(series).extracting(Series::key).containsExactly("market:production:nev:SYN-A",
                "market:sales:nev:SYN-A", "market:sales:nev:SYN-B");
        Series sales = series.get(1);
        assertThat(sales.measure()).isEqualTo("sales");
        assertThat(sales.segment()).isEqualTo("nev");
        assertThat(sales.computed()).isNull();
        assertThat(sales.label()).isEqualTo("NEV sales (SYN-A)");
        assertThat(sales.points()).extracting(Point::period).containsExactly("2030-01", "2030-02");
    }

    @Test
    void theNevShareIsComputedOnTheBoundsOfOnePublishersFiguresAndJudgesItsReportedShare() {
        // "nearly 500" (400 to 500) NEV of 1,000 sales: 40% to 50%; the reported 52% (51.95 to 52.05) is outside
        List<Series> series = TimelineService.marketSeries(List.of(
                figure("sales", "nev", "SYN-A", "2030-01", 500, 400, 500),
                figure("sales", "all", "SYN-A", "2030-01", 1000, 1000, 1000),
                figure("sales_share", "nev", "SYN-A", "2030-01", 52, 51.95, 52.05),
                // another publisher's all-vehicle sales are never divided into SYN-A's NEV sales
                figure("sales", "nev", "SYN-B", "2030-01", 300, 300, 300),
                figure("sales", "all", "SYN-C", "2030-01", 900, 900, 900)));
        List<Series> computed = series.stream().filter(s -> Boolean.TRUE.equals(s.computed())).toList();
        assertThat(computed).hasSize(1);
        Series share = computed.get(0);
        assertThat(share.key()).isEqualTo("market:nev_share_computed:SYN-A");
        assertThat(share.measure()).isEqualTo("sales_share");
        assertThat(share.unit()).isEqualTo("percent");
        Point point = share.points().get(0);
        assertThat(point.value()).isEqualByComparingTo("45");
        assertThat(point.low()).isEqualByComparingTo("40");
        assertThat(point.high()).isEqualByComparingTo("50");
        assertThat(point.judgement()).isEqualTo(Rate.Judgement.outside);
        assertThat(point.source()).isEqualTo("SYN report");
    }

    @Test
    void noShareWhereTheSalesMayBeZero() {
        List<Series> series = TimelineService.marketSeries(List.of(
                figure("sales", "nev", "SYN-A", "2030-01", 500, 400, 500),
                figure("sales", "all", "SYN-A", "2030-01", 1000, null, 1000)));
        assertThat(series).noneMatch(s -> Boolean.TRUE.equals(s.computed()));
    }

    @Test
    void aPublishedPointNamesItsReportAndSentenceAComputedShareTheReportsOfItsInputs() {
        List<Series> series = TimelineService.marketSeries(List.of(
                quoted(figure("sales", "nev", "SYN-A", "2030-01", 500, 500, 500), 7L, "NEV sales were 500."),
                quoted(figure("sales", "all", "SYN-A", "2030-01", 1000, 1000, 1000), 8L, null),
                figure("sales", "nev", "SYN-A", "2030-02", 550, 550, 550),
                figure("sales", "all", "SYN-A", "2030-02", 1100, 1100, 1100)));
        Point nev = series.get(0).points().get(0);
        assertThat(nev.reportId()).isEqualTo(7L);
        assertThat(nev.quote()).isEqualTo("NEV sales were 500.");
        assertThat(nev.reportIds()).isNull();
        assertThat(series.get(0).points().get(1).reportId()).isNull();
        Series share = series.stream().filter(s -> Boolean.TRUE.equals(s.computed())).findFirst().orElseThrow();
        assertThat(share.points()).extracting(Point::reportIds).containsExactly(List.of(7L, 8L), List.of());
        assertThat(share.points()).extracting(Point::quote).containsOnlyNulls();
    }

    private static MarketFigure figure(String measure, String segment, String publisher, String period, double value,
            Number low, Number high) {
        return new MarketFigure(null, measure, segment, period, publisher, BigDecimal.valueOf(value), decimal(low),
                decimal(high), "vehicles", null, null, null, "final", null, null, "synthetic definition", "named", null,
                "2030-02", null, "SYN report", null, null, null, null, null);
    }

    /** The figure as read from report {@code reportId}, stating it in {@code quote}. */
    private static MarketFigure quoted(MarketFigure f, Long reportId, String quote) {
        return new MarketFigure(f.id(), f.measure(), f.segment(), f.period(), f.publisher(), f.value(), f.low(),
                f.high(), f.unit(), f.qualifier(), f.precision(), f.statedAs(), f.status(), f.reportedYoyPct(),
                f.reportedYoyQualifier(), f.definition(), f.attribution(), f.attributionNote(), f.published(),
                f.publishedOn(), f.source(), reportId, quote, f.notes(), f.loadedAt(), f.supersededAt());
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }
}
