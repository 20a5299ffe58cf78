package org.chinaauto.deliveries.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.series.MonthlySeries;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.view.RollupView;

import io.quarkus.panache.common.Sort;

/**
 * Group roll-ups: a group's total is never assumed to equal the sum of its known members; the remainder is
 * shown as not attributed. Members' figures come preferably from the publisher of the group's total.
 */
@ApplicationScoped
public class RollupService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Catalog catalog;

    /** Every group with a reported total or member figures for the period. */
    public List<RollupView> rollups(Period period, Instant asOf) {
        List<Delivery> figures = deliveries.within(null, null, null, period.start().atDay(1), period.end().atDay(1), asOf);
        DeliveryIndex index = new DeliveryIndex(figures);
        Map<String, String> brandNames = names();
        List<RollupView> result = new ArrayList<>();
        for (BrandGroup g : BrandGroup.<BrandGroup>listAll(Sort.by("slug"))) {
            RollupView r = rollup(g, catalog.members(g.slug), period, index, brandNames, asOf);
            if (r.reportedTotal() != null || !r.members().isEmpty()) {
                result.add(r);
            }
        }
        return result;
    }

    public RollupView rollup(String slug, Period period, Instant asOf) {
        BrandGroup g = catalog.requireGroup(slug);
        List<Membership> members = catalog.members(g.slug);
        Set<String> subjects = new HashSet<>();
        subjects.add(g.slug);
        members.forEach(m -> subjects.add(m.brand));
        DeliveryIndex index = new DeliveryIndex(deliveries.within(subjects, null, null, period.start().atDay(1),
                period.end().atDay(1), asOf));
        return rollup(g, members, period, index, names(), asOf);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        Brand.<Brand>listAll().forEach(b -> names.put(b.slug, b.name));
        return names;
    }

    private RollupView rollup(BrandGroup g, List<Membership> memberships, Period period, DeliveryIndex index,
            Map<String, String> brandNames, Instant asOf) {
        DeliveryIndex.Amount reported = index.amount(g.slug, period, null);
        // a partial total for a span (months missing) is not a reported total
        Long total = reported.complete() ? reported.value() : null;
        String publisher = total == null ? null : reported.publisher();

        Map<String, List<Membership>> byBrand = new LinkedHashMap<>();
        memberships.forEach(m -> byBrand.computeIfAbsent(m.brand, k -> new ArrayList<>()).add(m));
        List<RollupView.Member> members = new ArrayList<>();
        List<RollupView.MemberWithoutFigures> without = new ArrayList<>();
        long attributed = 0;
        for (var entry : byBrand.entrySet()) {
            Predicate<YearMonth> member = m -> entry.getValue().stream().anyMatch(ms -> ms.activeIn(m));
            if (period.months().stream().noneMatch(member)) {
                continue;
            }
            DeliveryIndex.Amount a = index.amount(entry.getKey(), period, publisher, member);
            String name = brandNames.get(entry.getKey());
            if (a.value() == null) {
                without.add(new RollupView.MemberWithoutFigures(entry.getKey(), name));
                continue;
            }
            attributed += a.value();
            members.add(new RollupView.Member(entry.getKey(), name, a.value(), share(a.value(), total), a.publisher(),
                    a.complete(), a.missing()));
        }
        members.sort(Comparator.comparing(RollupView.Member::deliveries).reversed().thenComparing(RollupView.Member::brand));
        Long notAttributed = total == null ? null : total - attributed;
        return new RollupView(g.slug, g.name, period, asOf, publisher, total, attributed, notAttributed,
                notAttributed == null ? null : share(notAttributed, total), total == null ? null : attributed > total,
                members, without);
    }

    private static BigDecimal share(long part, Long total) {
        return total == null ? null : MonthlySeries.share(BigDecimal.valueOf(part), BigDecimal.valueOf(total));
    }
}
