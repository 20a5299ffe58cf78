package org.chinaauto.gateway.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.chinaauto.common.period.Period;
import org.chinaauto.gateway.downstream.deliveries.BrandRanking;
import org.chinaauto.gateway.downstream.deliveries.GroupRollup;
import org.chinaauto.gateway.downstream.exports.ExportsReconciliation;
import org.chinaauto.gateway.downstream.market.MarketSummary;

/**
 * The market for one period across the suite: every section with its own status, so that a view with a
 * service down still answers with what it has. {@code as_of} and {@code vintage} echo the snapshot every section was
 * read at (null when not given).
 */
public record OverviewView(Period period, Instant asOf, LocalDate vintage, boolean complete, OverviewSections sections) {

    public record OverviewSections(Section<MarketSummary> market, Section<ExportsByPowertrain> exports,
            Section<BrandRanking> brandRanking, Section<List<GroupRollup>> groupRollups,
            Section<CrossService> crossService) {

        public boolean complete() {
            return Stream.of(market, exports, brandRanking, groupRollups, crossService).allMatch(Section::complete);
        }
    }

    /** exports-service's reconciliation of the world total, all powertrains and NEV. */
    public record ExportsByPowertrain(ExportsReconciliation all, ExportsReconciliation nev) {
    }

    /** What only the gateway can compute, its inputs living in different services. */
    public record CrossService(CrossFigure<CrossFigure.BrandShare> brandShareOfNevSales,
            CrossFigure<CrossFigure.ExportsShare> exportsShareOfProduction) {
    }
}
