package org.chinaauto.gateway.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.DeliveriesClient;
import org.chinaauto.gateway.client.ExportsClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.view.OverviewView;
import org.chinaauto.gateway.view.Section;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The market overview of a period: market summary, exports by publisher, brand ranking and group roll-ups,
 * and the cross-service figures, from five downstream calls made at the same time.
 */
@ApplicationScoped
public class OverviewService {

    private final MarketClient market;
    private final ExportsClient exports;
    private final DeliveriesClient deliveries;
    private final Parallel parallel;

    public OverviewService(MarketClient market, ExportsClient exports, DeliveriesClient deliveries, Parallel parallel) {
        this.market = market;
        this.exports = exports;
        this.deliveries = deliveries;
        this.parallel = parallel;
    }

    public OverviewView overview(Period period, Snapshot snapshot) {
        String p = period.toString();
        Instant deadline = parallel.deadline();
        CompletableFuture<Answer> summary = parallel.call("market", () -> market.summary(p, snapshot), deadline);
        CompletableFuture<Answer> exportsAll = parallel.call("exports", () -> exports.reconciliation(p, "all", snapshot),
                deadline);
        CompletableFuture<Answer> exportsNev = parallel.call("exports", () -> exports.reconciliation(p, "nev", snapshot),
                deadline);
        CompletableFuture<Answer> ranking = parallel.call("deliveries", () -> deliveries.ranking(p, "brand", snapshot),
                deadline);
        CompletableFuture<Answer> rollups = parallel.call("deliveries", () -> deliveries.rollups(p, snapshot), deadline);

        Answer m = summary.join();
        Answer xa = exportsAll.join();
        Answer xn = exportsNev.join();
        Answer r = ranking.join();
        Answer g = rollups.join();

        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("market", Section.of("market-service", m));
        sections.put("exports", exportsSection(xa, xn));
        sections.put("brand_ranking", Section.of("deliveries-service", r));
        sections.put("group_rollups", Section.of("deliveries-service", g));
        sections.put("cross_service", cross(period, m, xa, xn, r));
        boolean complete = sections.values().stream().allMatch(Section::complete);
        return new OverviewView(period, snapshot.asOf(), snapshot.vintage(), complete, sections);
    }

    private static Section exportsSection(Answer all, Answer nev) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("all", all.data());
        data.set("nev", nev.data());
        Answer worst = all.status().ordinal() >= nev.status().ordinal() ? all : nev;
        return new Section("exports-service", worst.status().name().toLowerCase(),
                all.status() == Answer.Status.COMPLETE && nev.status() == Answer.Status.COMPLETE,
                worst.fetchedAt(), all.hasData() || nev.hasData() ? data : null, worst.problem());
    }

    private static Section cross(Period period, Answer m, Answer xa, Answer xn, Answer r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("brand_share_of_nev_sales", CrossFigures.brandShareOfNevSales(m.data(), r.data(), period));
        data.put("exports_share_of_production", CrossFigures.exportsShareOfProduction(m.data(), xa.data(), xn.data(), period));
        List<Answer> inputs = List.of(m, xa, xn, r);
        boolean complete = inputs.stream().allMatch(a -> a.status() == Answer.Status.COMPLETE);
        Problem problem = complete ? null : Problem.of(503, "Computed from partial inputs",
                "Some inputs were missing or stale: " + String.join(", ", inputs.stream()
                        .filter(a -> a.status() != Answer.Status.COMPLETE)
                        .map(a -> a.downstream() + " (" + a.status().name().toLowerCase() + ")").distinct().toList()), null);
        return Section.computed("gateway", complete, data, problem);
    }

}
