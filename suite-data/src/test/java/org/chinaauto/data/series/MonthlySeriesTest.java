package org.chinaauto.data.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.series.SeriesUnits;
import org.junit.jupiter.api.Test;

class MonthlySeriesTest {

    static final Map<YearMonth, Estimate> LEVELS = Map.of(
            YearMonth.of(2024, 3), Estimate.exact(80),
            YearMonth.of(2025, 2), Estimate.exact(100),
            YearMonth.of(2025, 3), new Estimate(BigDecimal.valueOf(120), BigDecimal.valueOf(115), BigDecimal.valueOf(125)));

    final MonthlySeries series = new MonthlySeries(LEVELS::get, m -> m.getMonthValue() == 3 ? Estimate.exact(300) : null);

    @Test
    void transformsLikeFredOnTheBounds() {
        YearMonth march = YearMonth.of(2025, 3);
        assertThat(series.value(SeriesUnits.LIN, march).value()).isEqualByComparingTo("120");
        Estimate change = series.value(SeriesUnits.CHG, march);
        assertThat(change.low()).isEqualByComparingTo("15");
        assertThat(change.high()).isEqualByComparingTo("25");
        Estimate pch = series.value(SeriesUnits.PCH, march).rounded(2);
        assertThat(pch.low()).isEqualByComparingTo("15");
        assertThat(pch.high()).isEqualByComparingTo("25");
        assertThat(series.value(SeriesUnits.CH1, march).value()).isEqualByComparingTo("40");
        Estimate pc1 = series.value(SeriesUnits.PC1, march).rounded(2);
        assertThat(pc1.low()).isEqualByComparingTo("43.75");
        assertThat(pc1.high()).isEqualByComparingTo("56.25");
        assertThat(series.value(SeriesUnits.YTD, march).value()).isEqualByComparingTo("300");
    }

    @Test
    void anUnknownInputGivesAnUnknownValueNeverZero() {
        YearMonth february = YearMonth.of(2025, 2);
        assertThat(series.value(SeriesUnits.CHG, february)).isNull();
        assertThat(series.value(SeriesUnits.PC1, february)).isNull();
        assertThat(Estimate.exact(1).percentChangeFrom(Estimate.exact(0))).isNull();
    }

    @Test
    void acceptsFredCodesAndPlainNames() {
        assertThat(SeriesUnits.parse("level", "units")).isEqualTo(SeriesUnits.LIN);
        assertThat(SeriesUnits.parse("pc1", "units")).isEqualTo(SeriesUnits.PC1);
        assertThat(SeriesUnits.parse("yoy", "units")).isEqualTo(SeriesUnits.PC1);
        assertThat(SeriesUnits.parse("YTD", "units")).isEqualTo(SeriesUnits.YTD);
    }

    @Test
    void lookbacks() {
        assertThat(MonthlySeries.lookbackStart(SeriesUnits.PC1, YearMonth.of(2025, 11))).isEqualTo(YearMonth.of(2024, 11));
        assertThat(MonthlySeries.lookbackStart(SeriesUnits.YTD, YearMonth.of(2025, 11))).isEqualTo(YearMonth.of(2025, 1));
    }
}
