package org.chinaauto.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.DeliveriesClient;
import org.chinaauto.gateway.client.ExportsClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.view.Section;
import org.chinaauto.gateway.view.TimelineView;
import org.chinaauto.gateway.view.TimelineView.Point;
import org.chinaauto.gateway.view.TimelineView.Series;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The timeline: market production, sales and NEV share, exports (world total) and deliveries over a range of
 * months, one series per measure and publisher, from three downstream calls made at the same time.
 */
@ApplicationScoped
public class TimelineService {

    private final MarketClient market;
    private final ExportsClient exports;
    private final DeliveriesClient deliveries;
    private final Parallel parallel;

    public TimelineService(MarketClient market, ExportsClient exports, DeliveriesClient deliveries, Parallel parallel) {
        this.market = market;
        this.exports = exports;
        this.deliveries = deliveries;
        this.parallel = parallel;
    }

    public TimelineView timeline(Period range, Snapshot snapshot) {
        String from = range.start().toString();
        String to = range.end().toString();
        Instant deadline = parallel.deadline();
        CompletableFuture<Answer> m = parallel.call("market", () -> market.figures(null, null, null, from, to, snapshot),
                deadline);
        CompletableFuture<Answer> x = parallel.call("exports", () -> exports.worldFigures(from, to, snapshot), deadline);
        CompletableFuture<Answer> d = parallel.call("deliveries", () -> deliveries.deliveries(null, from, to, snapshot),
                deadline);
        Answer ma = m.join();
        Answer xa = x.join();
        Answer da = d.join();

        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("market", withoutData(Section.of("market-service", ma)));
        sections.put("exports", withoutData(Section.of("exports-service", xa)));
        sections.put("deliveries", withoutData(Section.of("deliveries-service", da)));

        List<Series> series = new ArrayList<>();
        series.addAll(marketSeries(CrossFigures.items(ma.data(), "items")));
        series.addAll(group("exports", CrossFigures.items(xa.data(), "items"),
                f -> f.path("powertrain").asText() + ":" + f.path("publisher").asText() + ":" + f.path("definition").asText(),
                f -> "Exports, " + f.path("powertrain").asText() + " (" + f.path("publisher").asText() + ")"));
        series.addAll(group("deliveries", CrossFigures.items(da.data(), "items"),
                f -> f.path("subject").asText() + ":" + f.path("publisher").asText(),
                f -> "Deliveries, " + f.path("subject").asText() + " (" + f.path("publisher").asText() + ")"));
        return new TimelineView(from, to, snapshot.asOf(), snapshot.vintage(),
                sections.values().stream().allMatch(Section::complete), sections, series);
    }

    private static Section withoutData(Section s) {
        return new Section(s.source(), s.status(), s.complete(), s.fetchedAt(), null, s.problem());
    }

    /**
     * Market figures by measure, segment and publisher, plus the NEV share computed on the bounds where one
     * publisher has both NEV and all-vehicle sales for the same period (shares are never summed or differenced).
     */
    private static List<Series> marketSeries(List<JsonNode> figures) {
        List<Series> out = group("market", figures,
                f -> f.path("measure").asText() + ":" + f.path("segment").asText() + ":" + f.path("publisher").asText(),
                f -> label(f) + " (" + f.path("publisher").asText() + ")");
        Map<String, JsonNode> nev = new LinkedHashMap<>();
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (JsonNode f : figures) {
            if ("sales".equals(f.path("measure").asText())) {
                String key = f.path("publisher").asText() + "|" + f.path("period").asText();
                if ("nev".equals(f.path("segment").asText())) {
                    nev.put(key, f);
                } else if ("all".equals(f.path("segment").asText())) {
                    all.put(key, f);
                }
            }
        }
        Map<String, List<Point>> shares = new LinkedHashMap<>();
        nev.forEach((key, n) -> {
            Estimate nevSales = Bounds.of(n, "value");
            Estimate allSales = Bounds.of(all.get(key), "value");
            Estimate share = nevSales == null || allSales == null ? null : nevSales.percentOf(allSales);
            if (share != null) {
                Estimate shown = share.rounded(Bounds.PERCENT);
                shares.computeIfAbsent(n.path("publisher").asText(), k -> new ArrayList<>())
                        .add(new Point(n.path("period").asText(), shown.value(), shown.low(), shown.high(), null, null,
                                true));
            }
        });
        shares.forEach((publisher, points) -> out.add(new Series("market:nev_share_computed:" + publisher, "market",
                "NEV share of sales, computed (" + publisher + ")", publisher, "NEV sales / all-vehicle sales", "percent",
                points)));
        return out;
    }

    private static String label(JsonNode f) {
        String measure = f.path("measure").asText();
        String segment = f.path("segment").asText().toUpperCase();
        return switch (measure) {
            case "sales_share" -> segment + " share of sales, reported";
            case "production" -> segment + " production";
            default -> segment + " sales";
        };
    }

    private static List<Series> group(String service, List<JsonNode> figures, Function<JsonNode, String> key,
            Function<JsonNode, String> label) {
        Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        List<Series> out = new ArrayList<>();
        byKey.forEach((k, fs) -> {
            JsonNode first = fs.get(0);
            List<Point> points = fs.stream().map(TimelineService::point).toList();
            out.add(new Series(service + ":" + k, service, label.apply(first), CrossFigures.text(first, "publisher"),
                    CrossFigures.text(first, "definition"), first.hasNonNull("unit") ? first.get("unit").asText() : "vehicles",
                    points));
        });
        return out;
    }

    /** A published figure: market and exports figures carry {@code value}, deliveries {@code deliveries}. */
    private static Point point(JsonNode f) {
        Estimate e = Bounds.of(f, f.has("value") ? "value" : "deliveries");
        return new Point(f.path("period").asText(), e == null ? null : e.value(), e == null ? null : e.low(),
                e == null ? null : e.high(), CrossFigures.text(f, "qualifier"), CrossFigures.text(f, "stated_as"), null);
    }

    /** The timeline as rows, for CSV. */
    public static List<TimelineView.Row> rows(TimelineView view) {
        List<TimelineView.Row> rows = new ArrayList<>();
        for (Series s : view.series()) {
            for (Point p : s.points()) {
                rows.add(new TimelineView.Row(s.service(), s.key(), s.label(), s.publisher(), s.definition(), s.unit(),
                        p.period(), p.value(), p.low(), p.high(), p.qualifier()));
            }
        }
        return rows;
    }
}
