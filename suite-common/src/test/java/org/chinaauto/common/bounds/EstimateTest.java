package org.chinaauto.common.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EstimateTest {

    static Estimate stated(long value, Qualifier q, Long precision) {
        return Estimate.stated(BigDecimal.valueOf(value), q, precision == null ? null : BigDecimal.valueOf(precision));
    }

    /** {@code estimate}'s low and high bounds are {@code low} and {@code high}. */
    static void assertBounds(Estimate estimate, String low, String high) {
        assertThat(estimate.low()).isEqualByComparingTo(low);
        assertThat(estimate.high()).isEqualByComparingTo(high);
    }

    @Test
    void statedFormsBecomeBounds() {
        Estimate rounded = stated(31_230_000, null, 10_000L);
        assertBounds(rounded, "31225000", "31235000");

        Estimate over = stated(9_625_000, Qualifier.OVER, 1_000L);
        assertBounds(over, "9625000", "9626000");

        Estimate nearly = stated(15_000_000, Qualifier.NEARLY, 1_000_000L);
        assertBounds(nearly, "14000000", "15000000");

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
        assertBounds(yoy, "36.65", "36.75");
        Estimate whole = Estimate.statedRate(new BigDecimal("160"), null, null);
        assertThat(whole.low()).isEqualByComparingTo("159.5");
        Estimate over = Estimate.statedRate(new BigDecimal("31"), Qualifier.OVER, null);
        assertBounds(over, "31", "32");
    }

    @Test
    void septemberToNovemberNevSalesIsADifferenceOfBounds() {
        Estimate janNov = stated(15_000_000, Qualifier.NEARLY, 1_000_000L);
        Estimate janAug = stated(9_620_000, null, 10_000L);
        Estimate sepNov = janNov.minus(janAug).rounded(0);
        assertBounds(sepNov, "4375000", "5385000");
        assertThat(sepNov.value()).isEqualByComparingTo("4880000");
    }

    @Test
    void nevShareOfSalesIsARangeThatExcludesTheReportedShare() {
        Estimate share = stated(15_000_000, Qualifier.NEARLY, 1_000_000L)
                .percentOf(stated(31_130_000, null, 10_000L)).rounded(2);
        assertBounds(share, "44.97", "48.19");
        Estimate reported = Estimate.stated(new BigDecimal("40.9"), null, new BigDecimal("0.1"));
        assertThat(reported.overlaps(share)).isFalse();
        assertThat(reported.distanceFrom(share)).isEqualByComparingTo("4.02");
    }

    @Test
    void growthMultipleAndCompoundGrowthOnBounds() {
        Estimate y2024 = stated(6_410_000, Qualifier.NEARLY, 10_000L);
        Estimate y2020 = stated(1_080_000, null, 10_000L);
        Estimate multiple = y2024.dividedBy(y2020).rounded(2);
        assertBounds(multiple, "5.90", "5.96");
        Estimate cagr = y2024.compoundGrowthFrom(y2020, 4).rounded(2);
        assertThat(cagr.low()).isLessThan(cagr.high());
        assertBounds(cagr, "55.84", "56.27");
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
