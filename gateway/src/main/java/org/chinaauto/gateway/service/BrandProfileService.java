package org.chinaauto.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.config.GatewayConfig;
import org.chinaauto.gateway.downstream.Reads;
import org.chinaauto.gateway.downstream.deliveries.BrandHistory;
import org.chinaauto.gateway.downstream.deliveries.HistoryPoint;
import org.chinaauto.gateway.downstream.market.MarketSeries;
import org.chinaauto.gateway.downstream.market.SeriesPoint;
import org.chinaauto.gateway.view.BrandProfileView;
import org.chinaauto.gateway.view.BrandProfileView.BrandSections;
import org.chinaauto.gateway.view.BrandProfileView.MonthShare;
import org.chinaauto.gateway.view.BrandProfileView.NevMarketShare;
import org.chinaauto.gateway.view.Section;

import io.smallrye.mutiny.Uni;

/**
 * A brand's profile for a year: the brand and its group memberships, monthly deliveries, target progress,
 * and its share of the NEV market month by month (deliveries over the NEV sales of the configured publisher), all
 * read at one snapshot (vintage and asOf).
 */
@ApplicationScoped
public class BrandProfileService {

    private final ViewReads reads;
    private final String nevPublisher;

    public BrandProfileService(ViewReads reads, GatewayConfig config) {
        this.reads = reads;
        this.nevPublisher = config.nevMarketPublisher();
    }

    /** The profile; a 404 when deliveries-service does not know the brand. */
    public Uni<BrandProfileView> profile(String slug, int year, Snapshot snapshot) {
        String from = year + "-01";
        String to = year + "-12";
        Instant until = reads.start();
        return Uni.combine().all().unis(
                reads.get(Reads.BRAND, snapshot, until, "slug", slug),
                reads.get(Reads.BRAND_HISTORY, snapshot, until, "slug", slug, "from", from, "to", to),
                reads.get(Reads.BRAND_TARGETS, snapshot, until, "slug", slug, "year", year),
                reads.get(Reads.MARKET_SERIES, snapshot, until, "measure", "sales", "segment", "nev", "publisher",
                        nevPublisher, "from", from, "to", to))
                .with((b, h, t, n) -> {
                    if (b.status() == Answer.Status.REJECTED && b.problem().status() == 404) {
                        throw new ProblemException(404, "Not found", b.problem().detail());
                    }
                    // target progress as deliveries-service computes it (on bounds, no percentage from missing months)
                    BrandSections sections = new BrandSections(Section.of("deliveries-service", b),
                            Section.of("deliveries-service", h), Section.of("deliveries-service", t), nevShare(h, n));
                    return new BrandProfileView(slug, year, snapshot.asOf(), snapshot.vintage(), sections.complete(),
                            sections);
                });
    }

    /** Month by month: the brand's deliveries over the NEV sales of the same month, on the bounds of both. */
    private Section<NevMarketShare> nevShare(Answer<BrandHistory> history, Answer<MarketSeries> nevSales) {
        Map<String, Estimate> nevByMonth = new HashMap<>();
        if (nevSales.data() != null && nevSales.data().points() != null) {
            for (SeriesPoint p : nevSales.data().points()) {
                Estimate v = Bounds.of(p.value(), p.low(), p.high());
                if (v != null) {
                    nevByMonth.put(p.period(), v);
                }
            }
        }
        List<MonthShare> points = new ArrayList<>();
        if (history.data() != null && history.data().points() != null) {
            for (HistoryPoint p : history.data().points()) {
                Estimate delivered = Bounds.of(p.deliveries(), p.low(), p.high());
                Estimate nev = nevByMonth.get(p.period());
                points.add(new MonthShare(p.period(), Bounds.shown(delivered, Bounds.VEHICLES),
                        Bounds.shown(nev, Bounds.VEHICLES), delivered == null || nev == null ? null
                                : Bounds.shown(delivered.percentOf(nev), Bounds.PERCENT)));
            }
        }
        NevMarketShare data = new NevMarketShare(nevPublisher, "Brand deliveries over " + nevPublisher + " NEV sales of "
                + "the same month (published or derived), on the bounds of both; null where either is unknown or the "
                + "sales may be zero. Months are never summed into a share of a longer period's sales", points);
        boolean complete = history.complete() && nevSales.complete();
        return Section.computed("gateway", complete, data, complete ? null
                : (history.problem() != null ? history.problem() : nevSales.problem()));
    }
}
