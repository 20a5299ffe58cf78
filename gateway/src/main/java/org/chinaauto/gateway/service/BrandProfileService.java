package org.chinaauto.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.DeliveriesClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.view.Section;

import com.fasterxml.jackson.databind.JsonNode;

import org.chinaauto.gateway.config.GatewayConfig;

/**
 * A brand's profile for a year: the brand and its group memberships, monthly deliveries, target progress,
 * and its share of the NEV market month by month (deliveries over the NEV sales of the configured publisher), all
 * read at one snapshot (vintage and asOf).
 */
@ApplicationScoped
public class BrandProfileService {

    private final MarketClient market;
    private final DeliveriesClient deliveries;
    private final Parallel parallel;
    private final String nevPublisher;

    public BrandProfileService(MarketClient market, DeliveriesClient deliveries, Parallel parallel, GatewayConfig config) {
        this.market = market;
        this.deliveries = deliveries;
        this.parallel = parallel;
        this.nevPublisher = config.nevMarketPublisher();
    }

    public Map<String, Object> profile(String slug, int year, Snapshot snapshot) {
        String from = year + "-01";
        String to = year + "-12";
        Instant deadline = parallel.deadline();
        CompletableFuture<Answer> brand = parallel.call("deliveries", () -> deliveries.brand(slug, snapshot), deadline);
        CompletableFuture<Answer> history = parallel.call("deliveries",
                () -> deliveries.history(slug, from, to, snapshot), deadline);
        CompletableFuture<Answer> targets = parallel.call("deliveries", () -> deliveries.targets(slug, year, snapshot),
                deadline);
        CompletableFuture<Answer> nev = parallel.call("market",
                () -> market.series("sales", "nev", nevPublisher, from, to, snapshot), deadline);
        Answer b = brand.join();
        if (b.status() == Answer.Status.REJECTED && b.problem().status() == 404) {
            throw new ProblemException(404, "Not found", b.problem().detail());
        }
        Answer h = history.join();
        Answer t = targets.join();
        Answer n = nev.join();

        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("brand", Section.of("deliveries-service", b));
        sections.put("history", Section.of("deliveries-service", h));
        // target progress as deliveries-service computes it (on bounds, and no percentage from missing months)
        sections.put("targets", Section.of("deliveries-service", t));
        sections.put("nev_market_share", nevShare(h, n));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("brand", slug);
        view.put("year", year);
        view.put("as_of", snapshot.asOf());
        view.put("vintage", snapshot.vintage());
        view.put("complete", sections.values().stream().allMatch(Section::complete));
        view.put("sections", sections);
        return view;
    }

    /** Month by month: the brand's deliveries over the NEV sales of the same month, on the bounds of both. */
    private Section nevShare(Answer history, Answer nevSales) {
        Map<String, Estimate> nevByMonth = new HashMap<>();
        for (JsonNode p : CrossFigures.items(nevSales.data(), "points")) {
            Estimate v = Bounds.of(p, "value");
            if (v != null) {
                nevByMonth.put(p.path("period").asText(), v);
            }
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (JsonNode p : CrossFigures.items(history.data(), "points")) {
            String month = p.path("period").asText();
            Estimate delivered = Bounds.of(p, "deliveries");
            Estimate nev = nevByMonth.get(month);
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("period", month);
            point.put("deliveries", Bounds.shown(delivered, Bounds.VEHICLES));
            point.put("nev_sales", Bounds.shown(nev, Bounds.VEHICLES));
            point.put("share_pct", delivered == null || nev == null ? null
                    : Bounds.shown(delivered.percentOf(nev), Bounds.PERCENT));
            points.add(point);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nev_sales_publisher", nevPublisher);
        data.put("definition", "Brand deliveries over " + nevPublisher + " NEV sales of the same month (published or "
                + "derived), on the bounds of both; null where either is unknown or the sales may be zero. Months are "
                + "never summed into a share of a longer period's sales");
        data.put("points", points);
        boolean complete = history.status() == Answer.Status.COMPLETE && nevSales.status() == Answer.Status.COMPLETE;
        return Section.computed("gateway", complete, data, complete ? null
                : (history.problem() != null ? history.problem() : nevSales.problem()));
    }
}
