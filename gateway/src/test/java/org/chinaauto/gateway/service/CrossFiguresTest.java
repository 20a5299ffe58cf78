package org.chinaauto.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.gateway.downstream.deliveries.BrandRanking;
import org.chinaauto.gateway.downstream.deliveries.RankedBrand;
import org.chinaauto.gateway.downstream.exports.ExportsReconciliation;
import org.chinaauto.gateway.downstream.exports.ReconciledFigure;
import org.chinaauto.gateway.downstream.market.Amount;
import org.chinaauto.gateway.downstream.market.MarketSummary;
import org.chinaauto.gateway.downstream.market.PublisherSummary;
import org.chinaauto.gateway.view.CrossFigure;
import org.chinaauto.gateway.view.CrossFigure.BrandShare;
import org.chinaauto.gateway.view.CrossFigure.ExportsShare;
import org.junit.jupiter.api.Test;

/** The figures only the gateway can compute, from the services' answers, without HTTP. */
class CrossFiguresTest {

    private static final String Q1 = "2030-Q1";

    @Test
    void aBrandsShareOfNevSalesIsOnTheBoundsOfBoth() {
        // 100,000 delivered of "nearly 1,000,000" NEV sales (900,000 to 1,000,000): 10% to 11.11%, shown at the midpoint
        CrossFigure<BrandShare> share = CrossFigures.brandShareOfNevSales(summary(Q1, amount(1_000_000, 900_000L,
                1_000_000L), null), ranking(Q1, brand("syn-one", 100_000, true, List.of())), Period.of(Q1));
        assertThat(share.available()).isTrue();
        BrandShare entry = share.entries().get(0);
        assertThat(entry.sharePct()).isEqualTo(estimate("10.56", "10", "11.11"));
        assertThat(entry.nevSalesPublisher()).isEqualTo("SYN-A");
        assertThat(entry.notComputed()).isNull();
    }

    @Test
    void noShareFromDeliveriesMissingMonthsOfTheSalesPeriod() {
        CrossFigure<BrandShare> share = CrossFigures.brandShareOfNevSales(summary(Q1, amount(1_000_000, 900_000L,
                1_000_000L), null), ranking(Q1, brand("syn-one", 60_000, false, List.of("2030-02"))), Period.of(Q1));
        assertThat(share.available()).isFalse();
        assertThat(share.reason()).startsWith("no brand's deliveries cover exactly the period of the NEV sales");
        BrandShare entry = share.entries().get(0);
        assertThat(entry.sharePct()).isNull();
        assertThat(entry.deliveriesMonthsMissing()).containsExactly("2030-02");
        assertThat(entry.notComputed()).contains("known for 2 of the 3 months of " + Q1);
    }

    @Test
    void noShareAcrossPeriodsNorOverSalesThatMayBeZero() {
        BrandShare otherPeriod = CrossFigures.brandShareOfNevSales(summary(Q1, amount(1_000_000, 900_000L, 1_000_000L),
                null), ranking("2030-03", brand("syn-one", 40_000, true, List.of())), Period.of(Q1)).entries().get(0);
        assertThat(otherPeriod.sharePct()).isNull();
        assertThat(otherPeriod.notComputed()).isEqualTo("the deliveries cover 2030-03 and the NEV sales " + Q1);
        // "below 1,000,000": no lower bound, so the sales may be zero
        BrandShare unbounded = CrossFigures.brandShareOfNevSales(summary(Q1, amount(1_000_000, null, 1_000_000L), null),
                ranking(Q1, brand("syn-one", 40_000, true, List.of())), Period.of(Q1)).entries().get(0);
        assertThat(unbounded.notComputed()).contains("may be zero");
    }

    @Test
    void withoutNevSalesNothingIsComputedAndTheReasonSaysWhichServiceLacksThem() {
        CrossFigure<BrandShare> share = CrossFigures.brandShareOfNevSales(summary(Q1, null, null),
                ranking(Q1, brand("syn-one", 40_000, true, List.of())), Period.of(Q1));
        assertThat(share.available()).isFalse();
        assertThat(share.reason()).isEqualTo("market-service has no NEV sales for " + Q1 + ", published or derivable");
        assertThat(share.entries()).isNull();
    }

    @Test
    void exportsAreAShareOfProductionOfTheSamePowertrainOnTheBoundsOfBoth() {
        // exports of 100 (exact) over production of 2,000 (1,995 to 2,005): 4.99% to 5.01%
        CrossFigure<ExportsShare> share = CrossFigures.exportsShareOfProduction(
                summary(Q1, null, amount(2_000, 1_995L, 2_005L)), exports(Q1, "all", 100), null, Period.of(Q1));
        assertThat(share.available()).isTrue();
        assertThat(share.entries()).hasSize(1);
        ExportsShare entry = share.entries().get(0);
        assertThat(entry.powertrain()).isEqualTo("all");
        assertThat(entry.sharePct()).isEqualTo(estimate("5", "4.99", "5.01"));
        assertThat(entry.samePublisher()).isFalse();
        // NEV exports without NEV production: no NEV entry
        CrossFigure<ExportsShare> nevOnly = CrossFigures.exportsShareOfProduction(
                summary(Q1, null, amount(2_000, 1_995L, 2_005L)), null, exports(Q1, "nev", 50), Period.of(Q1));
        assertThat(nevOnly.available()).isFalse();
        assertThat(nevOnly.entries()).isNull();
    }

    private static Estimate estimate(String value, String low, String high) {
        return new Estimate(new BigDecimal(value), new BigDecimal(low), new BigDecimal(high));
    }

    private static Amount amount(long value, Long low, Long high) {
        return new Amount(BigDecimal.valueOf(value), Bounds.decimal(low), Bounds.decimal(high), "vehicles",
                null, null, null, "final", false, null, null, null, null);
    }

    private static MarketSummary summary(String period, Amount nevSales, Amount production) {
        return new MarketSummary(period, null, null,
                List.of(new PublisherSummary("SYN-A", production, null, null, nevSales, null)), 0, 100,
                false);
    }

    private static RankedBrand brand(String slug, long deliveries, boolean complete, List<String> missing) {
        return new RankedBrand(1, slug, null, deliveries, deliveries, deliveries, null, "SYN-C", "named", null,
                null, null, null, null, null, List.of(), "final", complete, missing, null);
    }

    private static BrandRanking ranking(String period, RankedBrand... entries) {
        return new BrandRanking(period, "brand", null, null, null, true, List.of(entries), 0, 100, false);
    }

    private static ExportsReconciliation exports(String period, String powertrain, long value) {
        return new ExportsReconciliation(period, powertrain, "WORLD", "World", null, null, List.of(
                new ReconciledFigure("SYN-B", "customs", null, value, value, value, null, null, null, "final", null,
                        "named", null, null, null, null, null, null, 1L, null)), List.of());
    }
}
