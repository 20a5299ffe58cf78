package org.chinaauto.common.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonthlySeriesTest {

    static final Map<YearMonth, BigDecimal> LEVELS = Map.of(
            YearMonth.of(2024, 3), BigDecimal.valueOf(80),
            YearMonth.of(2025, 2), BigDecimal.valueOf(100),
            YearMonth.of(2025, 3), BigDecimal.valueOf(120));

    final MonthlySeries series = new MonthlySeries(LEVELS::get, m -> m.getMonthValue() == 3 ? BigDecimal.valueOf(300) : null);

    @Test
    void transformsLikeFred() {
        YearMonth march = YearMonth.of(2025, 3);
        assertThat(series.value(SeriesUnits.LIN, march)).isEqualByComparingTo("120");
        assertThat(series.value(SeriesUnits.CHG, march)).isEqualByComparingTo("20");
        assertThat(series.value(SeriesUnits.PCH, march)).isEqualByComparingTo("20.00");
        assertThat(series.value(SeriesUnits.CH1, march)).isEqualByComparingTo("40");
        assertThat(series.value(SeriesUnits.PC1, march)).isEqualByComparingTo("50.00");
        assertThat(series.value(SeriesUnits.YTD, march)).isEqualByComparingTo("300");
    }

    @Test
    void anUnknownInputGivesAnUnknownValueNeverZero() {
        YearMonth february = YearMonth.of(2025, 2);
        assertThat(series.value(SeriesUnits.CHG, february)).isNull();
        assertThat(series.value(SeriesUnits.PC1, february)).isNull();
        assertThat(MonthlySeries.percentChange(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void acceptsFredCodesAndPlainNames() {
        assertThat(SeriesUnits.parse(null)).isEqualTo(SeriesUnits.LIN);
        assertThat(SeriesUnits.parse("pc1")).isEqualTo(SeriesUnits.PC1);
        assertThat(SeriesUnits.parse("yoy")).isEqualTo(SeriesUnits.PC1);
        assertThat(SeriesUnits.parse("YTD")).isEqualTo(SeriesUnits.YTD);
    }

    @Test
    void sharesAndLookbacks() {
        assertThat(MonthlySeries.share(BigDecimal.valueOf(15_000_000), BigDecimal.valueOf(31_130_000)))
                .isEqualByComparingTo("48.19");
        assertThat(MonthlySeries.lookbackStart(SeriesUnits.PC1, YearMonth.of(2025, 11))).isEqualTo(YearMonth.of(2024, 11));
        assertThat(MonthlySeries.lookbackStart(SeriesUnits.YTD, YearMonth.of(2025, 11))).isEqualTo(YearMonth.of(2025, 1));
    }
}
