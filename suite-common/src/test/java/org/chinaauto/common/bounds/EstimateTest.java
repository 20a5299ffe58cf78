package org.chinaauto.common.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EstimateTest {

    static Estimate stated(long value, Qualifier q, Long precision) {
        return Estimate.stated(BigDecimal.valueOf(value), q, precision == null ? null : BigDecimal.valueOf(precision));
    }

    @Test
    void statedFormsBecomeBounds() {
        Estimate rounded = stated(31_230_000, null, 10_000L);
        assertThat(rounded.low()).isEqualByComparingTo("31225000");
        assertThat(rounded.high()).isEqualByComparingTo("31235000");

        Estimate over = stated(9_625_000, Qualifier.OVER, 1_000L);
        assertThat(over.low()).isEqualByComparingTo("9625000");
        assertThat(over.high()).isEqualByComparingTo("9626000");

        Estimate nearly = stated(15_000_000, Qualifier.NEARLY, 1_000_000L);
        assertThat(nearly.low()).isEqualByComparingTo("14000000");
        assertThat(nearly.high()).isEqualByComparingTo("15000000");

        Estimate exact = stated(81_864, null, null);
        assertThat(exact.certain()).isTrue();
        assertThat(exact.low()).isEqualByComparingTo("81864");

        Estimate openAbove = stated(2_000_000, Qualifier.OVER, null);
        assertThat(openAbove.low()).isEqualByComparingTo("2000000");
        assertThat(openAbove.high()).isNull();
    }

    @Test
    void statedRatesAreRoundedToTheirLastDecimal() {
        Estimate yoy = Estimate.statedRate(new BigDecimal("36.7000"), null, null);
        assertThat(yoy.low()).isEqualByComparingTo("36.65");
        assertThat(yoy.high()).isEqualByComparingTo("36.75");
        Estimate whole = Estimate.statedRate(new BigDecimal("160"), null, null);
        assertThat(whole.low()).isEqualByComparingTo("159.5");
        Estimate over = Estimate.statedRate(new BigDecimal("31"), Qualifier.OVER, null);
        assertThat(over.low()).isEqualByComparingTo("31");
        assertThat(over.high()).isEqualByComparingTo("32");
    }

    @Test
    void septemberToNovemberNevSalesIsADifferenceOfBounds() {
        Estimate janNov = stated(15_000_000, Qualifier.NEARLY, 1_000_000L);
        Estimate janAug = stated(9_620_000, null, 10_000L);
        Estimate sepNov = janNov.minus(janAug).rounded(0);
        assertThat(sepNov.low()).isEqualByComparingTo("4375000");
        assertThat(sepNov.high()).isEqualByComparingTo("5385000");
        assertThat(sepNov.value()).isEqualByComparingTo("4880000");
    }

    @Test
    void nevShareOfSalesIsARangeThatExcludesTheReportedShare() {
        Estimate share = stated(15_000_000, Qualifier.NEARLY, 1_000_000L)
                .percentOf(stated(31_130_000, null, 10_000L)).rounded(2);
        assertThat(share.low()).isEqualByComparingTo("44.97");
        assertThat(share.high()).isEqualByComparingTo("48.19");
        Estimate reported = Estimate.stated(new BigDecimal("40.9"), null, new BigDecimal("0.1"));
        assertThat(reported.overlaps(share)).isFalse();
        assertThat(reported.distanceFrom(share)).isEqualByComparingTo("4.02");
    }

    @Test
    void growthMultipleAndCompoundGrowthOnBounds() {
        Estimate y2024 = stated(6_410_000, Qualifier.NEARLY, 10_000L);
        Estimate y2020 = stated(1_080_000, null, 10_000L);
        Estimate multiple = y2024.dividedBy(y2020).rounded(2);
        assertThat(multiple.low()).isEqualByComparingTo("5.90");
        assertThat(multiple.high()).isEqualByComparingTo("5.96");
        Estimate cagr = y2024.compoundGrowthFrom(y2020, 4).rounded(2);
        assertThat(cagr.low()).isLessThan(cagr.high());
        assertThat(cagr.low()).isEqualByComparingTo("55.84");
        assertThat(cagr.high()).isEqualByComparingTo("56.27");
    }

    @Test
    void unboundedSidesPropagateAndDivisionNeedsAPositiveDivisor() {
        Estimate open = stated(2_000_000, Qualifier.OVER, null);
        Estimate share = open.percentOf(stated(12_880_000, Qualifier.OVER, 10_000L));
        assertThat(share.low()).isPositive();
        assertThat(share.high()).isNull();
        assertThat(share.value()).isPositive();
        assertThat(Estimate.exact(5).dividedBy(Estimate.exact(0))).isNull();
        Estimate negative = Estimate.exact(10).minus(Estimate.exact(30)).nonNegative();
        assertThat(negative.low()).isEqualByComparingTo("0");
    }
}
