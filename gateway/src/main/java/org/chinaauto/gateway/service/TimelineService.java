package org.chinaauto.gateway.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.paging.PageView;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.Problem;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.common.view.Rate;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.Downstreams;
import org.chinaauto.gateway.client.Read;
import org.chinaauto.gateway.downstream.Reads;
import org.chinaauto.gateway.downstream.market.MarketFigure;
import org.chinaauto.gateway.view.Section;
import org.chinaauto.gateway.view.TimelineView;
import org.chinaauto.gateway.view.TimelineView.Point;
import org.chinaauto.gateway.view.TimelineView.Series;
import org.chinaauto.gateway.view.TimelineView.TimelineSections;

import io.smallrye.mutiny.Uni;

/**
 * The timeline: market production, sales and NEV share, exports (world total) and deliveries over a range of
 * months, one series per measure and publisher, from the three services read at the same time, each list read page
 * after page to its end (up to {@value #MAX_PAGES} pages; beyond them the section says it shows a part).
 */
@ApplicationScoped
public class TimelineService {

    /** Pages of a list the timeline reads at most: 50,000 figures of a service in one range. */
    static final int MAX_PAGES = 50;

    private final Downstreams downstreams;
    private final ViewReads reads;

    public TimelineService(Downstreams downstreams, ViewReads reads) {
        this.downstreams = downstreams;
        this.reads = reads;
    }

    public Uni<TimelineView> timeline(Period range, Snapshot snapshot) {
        String from = range.start().toString();
        String to = range.end().toString();
        Instant until = reads.start();
        return Uni.combine().all().unis(
                reads.bound("market", everyPage(Reads.MARKET_FIGURES, snapshot, 0, List.of(), "from", from, "to", to),
                        until),
                reads.bound("exports", everyPage(Reads.EXPORTS_FIGURES, snapshot, 0, List.of(), "destination",
                        Reads.WORLD, "from", from, "to", to), until),
                reads.bound("deliveries", everyPage(Reads.DELIVERIES, snapshot, 0, List.of(), "from", from, "to", to),
                        until))
                .with((m, x, d) -> {
                    TimelineSections sections = new TimelineSections(section("market-service", m),
                            section("exports-service", x), section("deliveries-service", d));
                    List<Series> series = new ArrayList<>(marketSeries(items(m)));
                    series.addAll(group(items(x), f -> new Series(
                            "exports:" + f.powertrain() + ":" + f.publisher() + ":" + f.definition(), "exports", "exports",
                            f.powertrain(), null, null, "Exports, " + f.powertrain() + " (" + f.publisher() + ")",
                            f.publisher(), f.definition(), vehiclesUnless(f.unit()), List.of()),
                            f -> point(f.period(), Bounds.of(f.value(), f.low(), f.high()), f.qualifier(), f.statedAs(),
                                    f.status(), f.definitionNote(), f.attribution(), f.published(), f.publishedOn(),
                                    f.source(), f.reportId(), f.quote())));
                    series.addAll(group(items(d), f -> new Series("deliveries:" + f.subject() + ":" + f.publisher(),
                            "deliveries", "deliveries", null, f.subject(), null,
                            "Deliveries, " + f.subject() + " (" + f.publisher() + ")", f.publisher(), null, "vehicles",
                            List.of()),
                            f -> point(f.period(), Bounds.of(f.deliveries(), f.low(), f.high()), f.qualifier(), null,
                                    f.status(), null, f.attribution(), f.published(), f.publishedOn(), f.source(),
                                    f.reportId(), f.quote())));
                    return new TimelineView(from, to, snapshot.asOf(), snapshot.vintage(), sections.complete(), sections,
                            series);
                });
    }

    /**
     * Every page of a list from {@code page} on, after the items {@code before} it, as one answer: the status of the
     * last page read (a page that failed ends the reading), and {@code has_more} when pages are left unread.
     */
    private <T> Uni<Answer<PageView<T>>> everyPage(Read<PageView<T>> read, Snapshot snapshot, int page, List<T> before,
            Object... values) {
        Object[] paged = Stream.concat(Stream.of(values), Stream.of("page", page, "size", Downstreams.PAGE)).toArray();
        return downstreams.get(read, snapshot, paged).flatMap(answer -> {
            List<T> items = new ArrayList<>(before);
            items.addAll(items(answer));
            boolean more = answer.data() != null && answer.data().hasMore();
            if (answer.complete() && more && page + 1 < MAX_PAGES) {
                return everyPage(read, snapshot, page + 1, items, values);
            }
            PageView<T> all = answer.data() == null && items.isEmpty() ? null
                    : new PageView<>(items, 0, items.size(), more, snapshot.asOf(), snapshot.vintage());
            return Uni.createFrom().item(new Answer<>(answer.downstream(), answer.status(), all, answer.fetchedAt(),
                    answer.problem()));
        });
    }

    /** A list's section: partial, saying how to see the rest, when pages were left unread. */
    private static Section<Void> section(String source, Answer<? extends PageView<?>> answer) {
        if (answer.complete() && answer.data() != null && answer.data().hasMore()) {
            return Section.partial(source, answer.fetchedAt(), Problem.of(413, "Range too large", "The timeline shows "
                    + "the first " + answer.data().items().size() + " figures of " + source + " in this range; ask for "
                    + "a shorter range (from, to) to see the rest", null));
        }
        return Section.statusOf(source, answer);
    }

    private static <T> List<T> items(Answer<PageView<T>> answer) {
        return answer.data() == null || answer.data().items() == null ? List.of() : answer.data().items();
    }

    /**
     * Market figures by measure, segment and publisher, plus the NEV share computed on the bounds where one
     * publisher has both NEV and all-vehicle sales for the same period (shares are never summed or differenced).
     */
    static List<Series> marketSeries(List<MarketFigure> figures) {
        List<Series> out = new ArrayList<>(group(figures, f -> new Series("market:" + f.measure() + ":" + f.segment()
                + ":" + f.publisher(), "market", f.measure(), f.segment(), null, null, label(f) + " (" + f.publisher()
                + ")", f.publisher(), f.definition(), vehiclesUnless(f.unit()), List.of()),
                f -> point(f.period(), Bounds.of(f.value(), f.low(), f.high()), f.qualifier(), f.statedAs(),
                        f.status(), f.definition(), f.attribution(), f.published(), f.publishedOn(), f.source(),
                        f.reportId(), f.quote())));
        Map<String, MarketFigure> nev = new LinkedHashMap<>();
        Map<String, MarketFigure> all = new LinkedHashMap<>();
        Map<String, MarketFigure> reported = new LinkedHashMap<>();
        for (MarketFigure f : figures) {
            String key = f.publisher() + "|" + f.period();
            if ("sales".equals(f.measure())) {
                if ("nev".equals(f.segment())) {
                    nev.put(key, f);
                } else if ("all".equals(f.segment())) {
                    all.put(key, f);
                }
            } else if ("sales_share".equals(f.measure()) && "nev".equals(f.segment())) {
                reported.put(key, f);
            }
        }
        Map<String, List<Point>> shares = new LinkedHashMap<>();
        nev.forEach((key, n) -> {
            MarketFigure a = all.get(key);
            Estimate nevSales = Bounds.of(n.value(), n.low(), n.high());
            Estimate allSales = a == null ? null : Bounds.of(a.value(), a.low(), a.high());
            Estimate share = nevSales == null || allSales == null ? null : nevSales.percentOf(allSales);
            if (share != null) {
                Estimate shown = share.rounded(Bounds.PERCENT);
                MarketFigure r = reported.get(key);
                Estimate reportedShare = r == null ? null : Bounds.of(r.value(), r.low(), r.high());
                Rate.Judgement judgement = reportedShare == null ? null : Rate.judge(reportedShare, shown);
                // the inputs come from one publisher's report: its provenance is the share's, its status the least
                // settled of theirs
                String status = Numbers.lower(FigureStatus.leastSettled(List.of(FigureStatus.of(n.status()),
                        FigureStatus.of(a.status()))));
                shares.computeIfAbsent(n.publisher(), k -> new ArrayList<>())
                        .add(new Point(n.period(), shown.value(), shown.low(), shown.high(), null, null, status, true,
                                judgement, null, null, n.attribution(), n.published(), n.publishedOn(), n.source(),
                                null, null, reportIds(n, a)));
            }
        });
        shares.forEach((publisher, points) -> out.add(new Series("market:nev_share_computed:" + publisher, "market",
                "sales_share", "nev", null, true, "NEV share of sales, computed (" + publisher + ")", publisher,
                "NEV sales / all-vehicle sales", "percent", points)));
        return out;
    }

    private static String label(MarketFigure f) {
        String segment = String.valueOf(f.segment()).toUpperCase();
        return switch (String.valueOf(f.measure())) {
            case "sales_share" -> segment + " share of sales, reported";
            case "production" -> segment + " production";
            default -> segment + " sales";
        };
    }

    /**
     * Figures grouped into one series per key, in the order they came, each point as published; a series is named
     * as its first figure names it.
     */
    private static <F> List<Series> group(List<F> figures, Function<F, Series> series, Function<F, Point> point) {
        Map<String, Series> named = new LinkedHashMap<>();
        Map<String, List<Point>> points = new LinkedHashMap<>();
        for (F f : figures) {
            Series s = series.apply(f);
            named.putIfAbsent(s.key(), s);
            points.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(point.apply(f));
        }
        return named.values().stream().map(s -> StatedLevels.judged(s.withPoints(points.get(s.key())))).toList();
    }

    private static String vehiclesUnless(String unit) {
        return unit != null ? unit : "vehicles";
    }

    /** The distinct reports market figures were read from, in ascending order. */
    private static List<Long> reportIds(MarketFigure... figures) {
        return Stream.of(figures).map(MarketFigure::reportId).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * A published figure with the publisher's qualifier and stated form, its definition and provenance, and the report
     * and sentence it was read from.
     */
    private static Point point(String period, Estimate e, String qualifier, String statedAs, String status,
            String definition, String attribution, String published, LocalDate publishedOn, String source,
            Long reportId, String quote) {
        return new Point(period, e == null ? null : e.value(), e == null ? null : e.low(), e == null ? null : e.high(),
                qualifier, statedAs, status, null, null, null, definition, attribution, published, publishedOn, source,
                reportId, quote, null);
    }

    /** The timeline as rows, for CSV. */
    public static List<TimelineView.Row> rows(TimelineView view) {
        List<TimelineView.Row> rows = new ArrayList<>();
        for (Series s : view.series()) {
            for (Point p : s.points()) {
                rows.add(new TimelineView.Row(s.service(), s.key(), s.label(), s.publisher(),
                        p.definition() != null ? p.definition() : s.definition(), s.unit(), p.period(), p.value(), p.low(),
                        p.high(), p.qualifier(), p.statedAs(), p.status(), p.computed(), p.attribution(), p.published(),
                        p.publishedOn() == null ? null : p.publishedOn().toString(), p.source(), p.reportId(),
                        p.quote(), p.reportIds() == null ? null
                                : p.reportIds().stream().map(String::valueOf).collect(Collectors.joining("; "))));
            }
        }
        return rows;
    }
}
