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

    private static MarketFigure figure(String measure, String segment, String publisher, String period, double value,
            Number low, Number high) {
        return new MarketFigure(null, measure, segment, period, publisher, BigDecimal.valueOf(value), decimal(low),
                decimal(high), "vehicles", null, null, null, "final", null, null, "synthetic definition", "named", null,
                "2030-02", null, "SYN report", null, null, null);
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }
}
