package org.chinaauto.deliveries.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Rate;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.Counts;
import org.chinaauto.deliveries.view.Provenance;
import org.chinaauto.deliveries.view.RankingView;

/** Rankings of brands or of groups (by their own reported totals) for a month or a span. */
@ApplicationScoped
public class RankingService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    /** The whole ranking is computed (ranks, total and shares are over every entry); the answer holds one page of it. */
    public RankingView ranking(Period period, SubjectKind level, String publisher, PageRequest request,
            Snapshot snapshot) {
        // from the year's start: a month stated on its own is judged against the year-to-date spans that give it too
        DeliveryIndex index = new DeliveryIndex(deliveries.within(null, level, publisher,
                YearMonth.of(period.start().getYear(), 1).atDay(1), period.end().atDay(1), snapshot));
        Map<String, String> names = catalog.names(level);
        record Ranked(String slug, DeliveryIndex.Amount amount, Estimate count) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String slug : names.keySet()) {
            DeliveryIndex.Amount a = index.amount(slug, period, publisher);
            if (a.found()) {
                ranked.add(new Ranked(slug, a, a.count()));
            }
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.count().value()).reversed().thenComparing(Ranked::slug));
        boolean complete = ranked.stream().allMatch(r -> r.amount().complete());
        // a sum with missing months is only a floor: no total of such sums, and no shares of it
        Estimate total = ranked.isEmpty() || !complete ? null
                : Estimate.sum(ranked.stream().map(r -> r.amount().estimate()).toList());
        List<RankingView.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            DeliveryIndex.Amount a = ranked.get(i).amount();
            Estimate count = ranked.get(i).count();
            // equal deliveries share a rank (1, 2, 2, 4)
            int rank = i > 0 && count.value().compareTo(ranked.get(i - 1).count().value()) == 0
                    ? entries.get(i - 1).rank() : i + 1;
            Estimate share = total == null ? null : a.estimate().percentOf(total);
            Provenance p = a.provenance();
            String slug = ranked.get(i).slug();
            entries.add(new RankingView.Entry(rank, slug, names.get(slug), Counts.longOrNull(count.value()),
                    Counts.longOrNull(count.low()),
                    Counts.longOrNull(count.high()), share == null ? null : share.rounded(Rate.SCALE), p.publisher(),
                    p.attribution(), p.attributionNote(), p.published(), p.publishedOn(), p.source(), p.reportId(), p.quote(),
                    p.reportIds(), p.status(),
                    a.complete(), a.missing(), index.derivedRange(a, period)));
        }
        Page<RankingView.Entry> page = Page.slice(entries, request);
        return new RankingView(period, level.name().toLowerCase(), snapshot.asOf(), snapshot.vintage(),
                Counts.of(total), complete, page.items(), page.page(), page.size(), page.hasMore());
    }
}
