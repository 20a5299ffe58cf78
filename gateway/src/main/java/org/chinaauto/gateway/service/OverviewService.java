package org.chinaauto.gateway.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.downstream.Reads;
import org.chinaauto.gateway.downstream.deliveries.BrandRanking;
import org.chinaauto.gateway.downstream.deliveries.DeliveriesOverview;
import org.chinaauto.gateway.downstream.exports.ExportsOverview;
import org.chinaauto.gateway.downstream.market.MarketSummary;
import org.chinaauto.gateway.view.OverviewView;
import org.chinaauto.gateway.view.OverviewView.CrossService;
import org.chinaauto.gateway.view.OverviewView.ExportsByPowertrain;
import org.chinaauto.gateway.view.OverviewView.OverviewSections;
import org.chinaauto.gateway.view.Section;

import io.smallrye.mutiny.Uni;

/**
 * The market overview of a period: market summary, exports by publisher, brand ranking and group roll-ups,
 * and the cross-service figures, from three downstream calls made at the same time (market's summary, and the
 * overview exports-service and deliveries-service each answer in one request).
 */
@ApplicationScoped
public class OverviewService {

    private final ViewReads reads;

    public OverviewService(ViewReads reads) {
        this.reads = reads;
    }

    public Uni<OverviewView> overview(Period period, Snapshot snapshot) {
        String p = period.toString();
        Instant until = reads.start();
        return Uni.combine().all().unis(
                reads.get(Reads.MARKET_SUMMARY, snapshot, until, "period", p),
                reads.get(Reads.EXPORTS_OVERVIEW, snapshot, until, "period", p),
                reads.get(Reads.DELIVERIES_OVERVIEW, snapshot, until, "period", p))
                .with((m, x, d) -> {
                    Answer<BrandRanking> ranking = d.map(DeliveriesOverview::ranking);
                    OverviewSections sections = new OverviewSections(Section.of("market-service", m),
                            Section.of("exports-service", x.map(e -> new ExportsByPowertrain(e.all(), e.nev()))),
                            Section.of("deliveries-service", ranking),
                            Section.of("deliveries-service", d.map(DeliveriesOverview::rollups)),
                            cross(period, m, x, ranking));
                    return new OverviewView(period, snapshot.asOf(), snapshot.vintage(), sections.complete(), sections);
                });
    }

    private static Section<CrossService> cross(Period period, Answer<MarketSummary> m, Answer<ExportsOverview> x,
            Answer<BrandRanking> r) {
        CrossService data = new CrossService(CrossFigures.brandShareOfNevSales(m.data(), r.data(), period),
                CrossFigures.exportsShareOfProduction(m.data(), x.map(ExportsOverview::all).data(),
                        x.map(ExportsOverview::nev).data(), period));
        List<Answer<?>> inputs = List.of(m, x, r);
        boolean complete = inputs.stream().allMatch(Answer::complete);
        Problem problem = complete ? null : Problem.of(503, "Computed from partial inputs",
                "Some inputs were missing or stale: " + String.join(", ", inputs.stream().filter(a -> !a.complete())
                        .map(a -> a.downstream() + " (" + a.label() + ")").distinct().toList()), null);
        return Section.computed("gateway", complete, data, problem);
    }
}
