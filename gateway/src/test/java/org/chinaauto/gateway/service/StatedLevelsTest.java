package org.chinaauto.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.view.Rate.Judgement;
import org.chinaauto.gateway.view.TimelineView.Point;
import org.chinaauto.gateway.view.TimelineView.Series;
import org.junit.jupiter.api.Test;

class StatedLevelsTest {

    private static Point point(String period, long value, long low, long high, String status) {
        return new Point(period, BigDecimal.valueOf(value), BigDecimal.valueOf(low), BigDecimal.valueOf(high), null,
                null, status, null, null, null, null, null, null, null, "SYN report", null, null, null);
    }

    private static Series series(String unit, List<Point> points) {
        return new Series("market:production:all:SYN", "market", "production", "all", null, null, "ALL production (SYN)",
                "SYN", null, unit, points);
    }

    @Test
    void aStatedMonthIsJudgedAgainstTheRangeItsYearToDateFiguresGive() {
        Series judged = StatedLevels.judged(series("vehicles", List.of(
                point("2029-H1", 15_000_000, 14_999_500, 15_000_500, "final"),
                point("2029-01/2029-07", 17_614_000, 17_613_500, 17_614_500, "preliminary"),
                point("2029-07", 2_591_000, 2_590_500, 2_591_500, "final"),
                point("2029-08", 2_600_000, 2_599_500, 2_600_500, "final"))));
        Point july = judged.points().get(2);
        assertThat(july.value()).isEqualByComparingTo("2591000");
        assertThat(july.derivedRange().low()).isEqualByComparingTo("2613000");
        assertThat(july.derivedRange().high()).isEqualByComparingTo("2615000");
        assertThat(july.derivedRange().sources()).containsExactly("2029-01/2029-07", "2029-H1");
        assertThat(july.derivedRange().judgement()).isEqualTo(Judgement.outside);
        assertThat(july.derivedRange().outsideBy()).isEqualByComparingTo("21500");
        assertThat(july.derivedRange().outsideByPct()).isEqualByComparingTo("0.83");
        assertThat(july.derivedRange().flagged()).isTrue();
        // and the other way round: January-July as stated against the half plus July, 21,500 off too
        Point janJul = judged.points().get(1);
        assertThat(janJul.derivedRange().derivation()).isEqualTo("sum");
        assertThat(janJul.derivedRange().sources()).containsExactly("2029-H1", "2029-07");
        assertThat(janJul.derivedRange().outsideBy()).isEqualByComparingTo("21500");
        // the half and August: nothing else gives them
        assertThat(judged.points().get(0).derivedRange()).isNull();
        assertThat(judged.points().get(3).derivedRange()).isNull();
    }

    @Test
    void sharesAndComputedSeriesAreNeverDerived() {
        List<Point> points = List.of(point("2029-H1", 40, 40, 40, null), point("2029-01/2029-07", 41, 41, 41, null),
                point("2029-07", 50, 50, 50, null));
        assertThat(StatedLevels.judged(series("percent", points)).points()).extracting(Point::derivedRange)
                .containsOnlyNulls();
    }
}
