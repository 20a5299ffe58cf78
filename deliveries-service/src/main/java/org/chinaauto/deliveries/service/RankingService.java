package org.chinaauto.deliveries.service;

import java.time.Instant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.RankingView;

/** Rankings of brands or of groups (by their own reported totals) for a month or a span. */
@ApplicationScoped
public class RankingService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    public RankingView ranking(Period period, SubjectKind level, String publisher, Instant asOf) {
        DeliveryIndex index = new DeliveryIndex(deliveries.within(null, level, publisher, period.start().atDay(1),
                period.end().atDay(1), asOf));
        Map<String, String> names = catalog.names(level);
        record Ranked(String slug, DeliveryIndex.Amount amount) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String slug : names.keySet()) {
            DeliveryIndex.Amount a = index.amount(slug, period, publisher);
            if (a.value() != null) {
                ranked.add(new Ranked(slug, a));
            }
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.amount().value()).reversed().thenComparing(Ranked::slug));
        long total = ranked.stream().mapToLong(r -> r.amount().value()).sum();
        List<RankingView.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            // equal deliveries share a rank (1, 2, 2, 4)
            int rank = i > 0 && r.amount().value().equals(ranked.get(i - 1).amount().value()) ? entries.get(i - 1).rank()
                    : i + 1;
            BigDecimal share = MonthlySeries.share(BigDecimal.valueOf(r.amount().value()), BigDecimal.valueOf(total));
            entries.add(new RankingView.Entry(rank, r.slug(), names.get(r.slug()), r.amount().value(), share,
                    r.amount().publisher(), r.amount().complete(), r.amount().missing()));
        }
        return new RankingView(period, level.name().toLowerCase(), asOf, ranked.isEmpty() ? null : total,
                entries.stream().allMatch(RankingView.Entry::complete), entries);
    }
}
