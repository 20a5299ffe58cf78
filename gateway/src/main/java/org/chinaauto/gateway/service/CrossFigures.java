package org.chinaauto.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

/**
 * Figures that only the gateway can compute because their inputs live in different services. Each result
 * names its inputs with their bounds, publishers and definitions, and is computed on the bounds (a share's
 * {@code value} is the midpoint of its range). Nothing is computed from a missing input, nor from inputs that
 * cover different periods: such a pair is listed with the reason instead of a share.
 */
final class CrossFigures {

    private CrossFigures() {
    }

    /** One publisher's amount of one field of the market summary. */
    private record PublisherAmount(String publisher, Amount amount) {
    }

    /**
     * Each ranked brand's deliveries as a share of each publisher's NEV sales, only where the deliveries cover
     * exactly the period of the sales (a brand with months missing from the span is listed, with no share).
     */
    static CrossFigure<BrandShare> brandShareOfNevSales(MarketSummary marketSummary, BrandRanking ranking, Period period) {
        List<PublisherAmount> nevSales = amounts(marketSummary, PublisherSummary::nevSales);
        String salesPeriod = marketSummary != null && marketSummary.period() != null ? marketSummary.period() : period.toString();
        String deliveriesPeriod = ranking != null && ranking.period() != null ? ranking.period() : period.toString();
        List<BrandShare> entries = new ArrayList<>();
        for (RankedBrand brand : ranking == null || ranking.entries() == null ? List.<RankedBrand>of() : ranking.entries()) {
            for (PublisherAmount sales : nevSales) {
                Estimate delivered = Bounds.of(brand.deliveries(), brand.low(), brand.high());
                Estimate nev = Bounds.of(sales.amount().value(), sales.amount().low(), sales.amount().high());
                if (delivered == null || nev == null) {
                    continue;
                }
                String reason = !deliveriesPeriod.equals(salesPeriod)
                        ? "the deliveries cover " + deliveriesPeriod + " and the NEV sales " + salesPeriod
                        : monthsMissing(brand, period);
                Estimate share = reason == null ? delivered.percentOf(nev) : null;
                if (reason == null && share == null) {
                    reason = "the NEV sales may be zero (no lower bound), so no share can be computed";
                }
                List<String> missing = brand.monthsMissing() == null || brand.monthsMissing().isEmpty() ? null
                        : brand.monthsMissing();
                entries.add(new BrandShare(brand.slug(), brand.name(), deliveriesPeriod,
                        Bounds.shown(delivered, Bounds.VEHICLES), brand.publisher(), missing,
                        Bounds.shown(nev, Bounds.VEHICLES), salesPeriod, sales.publisher(),
                        Boolean.TRUE.equals(sales.amount().derived()), Bounds.shown(share, Bounds.PERCENT), reason));
            }
        }
        if (entries.isEmpty()) {
            return CrossFigure.unavailable(nevSales.isEmpty()
                    ? "market-service has no NEV sales for " + period + ", published or derivable"
                    : "deliveries-service has no brand deliveries for " + period, List.of());
        }
        if (entries.stream().allMatch(e -> e.sharePct() == null)) {
            return CrossFigure.unavailable("no brand's deliveries cover exactly the period of the NEV sales ("
                    + salesPeriod + "); each entry says why its share is not computed", entries);
        }
        return CrossFigure.available("Brand deliveries (as each carmaker or alliance reports them) divided by NEV "
                + "sales (CAAM counts wholesale shipments, exports included) of exactly the same period, on the bounds "
                + "of both: different publishers and definitions, so read the share as an indication", entries);
    }

    /** Why a ranked brand's deliveries do not cover the whole period, or null when they do. */
    private static String monthsMissing(RankedBrand brand, Period period) {
        int missing = brand.monthsMissing() == null ? 0 : brand.monthsMissing().size();
        if (missing == 0 && Boolean.TRUE.equals(brand.complete())) {
            return null;
        }
        int months = period.lengthInMonths();
        String name = brand.name() != null ? brand.name() : brand.slug();
        if (missing == 0) {
            return "deliveries-service marks " + name + "'s deliveries for " + period + " as incomplete";
        }
        return name + "'s deliveries are known for " + (months - missing) + " of the " + months + " months of "
                + period + " (see deliveries_months_missing) while the NEV sales cover all " + months + ": "
                + (months - missing) + " month(s) of deliveries over " + months + " months of sales is not a share";
    }

    /** Exports of each publisher as a share of each publisher's production of the same powertrain and period. */
    static CrossFigure<ExportsShare> exportsShareOfProduction(MarketSummary marketSummary, ExportsReconciliation all,
            ExportsReconciliation nev, Period period) {
        List<ExportsShare> entries = new ArrayList<>();
        String productionPeriod = marketSummary != null && marketSummary.period() != null ? marketSummary.period()
                : period.toString();
        add(entries, "all", all, amounts(marketSummary, PublisherSummary::production), productionPeriod, period);
        add(entries, "nev", nev, amounts(marketSummary, PublisherSummary::nevProduction), productionPeriod,
                period);
        if (entries.isEmpty()) {
            return CrossFigure.unavailable("no period " + period + " has both an export figure (exports-service) and a "
                    + "production figure of the same powertrain (market-service)", List.of());
        }
        if (entries.stream().allMatch(e -> e.sharePct() == null)) {
            return CrossFigure.unavailable("no share could be computed; each entry says why", entries);
        }
        return CrossFigure.available("Exports divided by production of the same powertrain and period, on the bounds "
                + "of both; when the publishers differ (customs exports against CAAM production) the definitions "
                + "differ too", entries);
    }

    private static void add(List<ExportsShare> entries, String powertrain, ExportsReconciliation reconciliation,
            List<PublisherAmount> production, String productionPeriod, Period period) {
        if (reconciliation == null || reconciliation.figures() == null) {
            return;
        }
        String exportsPeriod = reconciliation.period() != null ? reconciliation.period() : period.toString();
        for (ReconciledFigure x : reconciliation.figures()) {
            for (PublisherAmount p : production) {
                Estimate exported = Bounds.of(x.value(), x.low(), x.high());
                Estimate produced = Bounds.of(p.amount().value(), p.amount().low(), p.amount().high());
                if (exported == null || produced == null) {
                    continue;
                }
                String reason = exportsPeriod.equals(productionPeriod) ? null
                        : "the exports cover " + exportsPeriod + " and the production " + productionPeriod;
                Estimate share = reason == null ? exported.percentOf(produced) : null;
                if (reason == null && share == null) {
                    reason = "the production may be zero (no lower bound), so no share can be computed";
                }
                entries.add(new ExportsShare(powertrain, exportsPeriod, Bounds.shown(exported, Bounds.VEHICLES),
                        x.publisher(), x.definition(), Bounds.shown(produced, Bounds.VEHICLES), p.publisher(),
                        String.valueOf(x.publisher()).equals(p.publisher()), Bounds.shown(share, Bounds.PERCENT), reason));
            }
        }
    }

    /** Each publisher's amount of one field of the market summary, where it has one. */
    private static List<PublisherAmount> amounts(MarketSummary summary,
            Function<PublisherSummary, Amount> field) {
        List<PublisherAmount> out = new ArrayList<>();
        if (summary != null && summary.publishers() != null) {
            for (PublisherSummary publisher : summary.publishers()) {
                Amount amount = field.apply(publisher);
                if (amount != null) {
                    out.add(new PublisherAmount(publisher.publisher(), amount));
                }
            }
        }
        return out;
    }
}
