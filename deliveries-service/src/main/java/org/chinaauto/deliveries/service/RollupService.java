package org.chinaauto.deliveries.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.common.view.Rate;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.view.Counts;
import org.chinaauto.deliveries.view.Provenance;
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
    public List<RollupView> rollups(Period period, Snapshot snapshot) {
        DeliveryIndex index = new DeliveryIndex(deliveries.within(null, null, null, yearStart(period),
                period.end().atDay(1), snapshot));
        Map<String, String> brandNames = names();
        Map<String, List<Membership>> members = catalog.membersByGroup();
        List<RollupView> result = new ArrayList<>();
        for (BrandGroup g : BrandGroup.<BrandGroup>listAll(Sort.by("slug"))) {
            RollupView r = rollup(g, members.getOrDefault(g.slug, List.of()), period, index, brandNames, snapshot);
            if (r.reportedTotal() != null || !r.members().isEmpty()) {
                result.add(r);
            }
        }
        return result;
    }

    public RollupView rollup(String slug, Period period, Snapshot snapshot) {
        BrandGroup g = catalog.requireGroup(slug);
        List<Membership> members = catalog.members(g.slug);
        Set<String> subjects = new HashSet<>();
        subjects.add(g.slug);
        members.forEach(m -> subjects.add(m.brand));
        DeliveryIndex index = new DeliveryIndex(deliveries.within(subjects, null, null, yearStart(period),
                period.end().atDay(1), snapshot));
        return rollup(g, members, period, index, names(), snapshot);
    }

    /** From the start of the period's year: the spans a reported total can also be derived from. */
    private static LocalDate yearStart(Period period) {
        return YearMonth.of(period.start().getYear(), 1).atDay(1);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        Brand.<Brand>listAll().forEach(b -> names.put(b.slug, b.name));
        return names;
    }

    private RollupView rollup(BrandGroup g, List<Membership> memberships, Period period, DeliveryIndex index,
            Map<String, String> brandNames, Snapshot snapshot) {
        DeliveryIndex.Amount reported = index.amount(g.slug, period, null);
        // a partial total for a span (months missing) is not a reported total
        Estimate total = reported.complete() ? reported.estimate() : null;
        Provenance provenance = total == null ? Provenance.NONE : reported.provenance();

        Map<String, List<Membership>> byBrand = new LinkedHashMap<>();
        memberships.forEach(m -> byBrand.computeIfAbsent(m.brand, k -> new ArrayList<>()).add(m));
        List<RollupView.Member> members = new ArrayList<>();
        List<RollupView.MemberWithoutFigures> without = new ArrayList<>();
        List<Estimate> attributedParts = new ArrayList<>();
        for (var entry : byBrand.entrySet()) {
            Predicate<YearMonth> member = m -> entry.getValue().stream().anyMatch(ms -> ms.activeIn(m));
            if (period.months().stream().noneMatch(member)) {
                continue;
            }
            DeliveryIndex.Amount a = index.amount(entry.getKey(), period, provenance.publisher(), member);
            String name = brandNames.get(entry.getKey());
            if (!a.found()) {
                without.add(new RollupView.MemberWithoutFigures(entry.getKey(), name));
                continue;
            }
            attributedParts.add(a.estimate());
            Estimate count = a.count();
            // a member's share of the group's total only when none of its member months is missing
            Estimate share = total == null || !a.complete() ? null : percent(a.estimate().percentOf(total));
            Provenance p = a.provenance();
            members.add(new RollupView.Member(entry.getKey(), name, Counts.longOrNull(count.value()),
                    Counts.longOrNull(count.low()), Counts.longOrNull(count.high()), share, p.publisher(),
                    p.attribution(), p.attributionNote(), p.published(), p.publishedOn(), p.source(), p.reportId(), p.quote(),
                    p.reportIds(), p.status(),
                    a.complete(),
                    a.missing()));
        }
        members.sort(Comparator.comparing(RollupView.Member::deliveries).reversed().thenComparing(RollupView.Member::brand));
        Estimate attributed = Estimate.sum(attributedParts);
        // not clamped at zero: a negative remainder shows that the members' figures exceed the reported total
        Estimate notAttributed = total == null ? null : total.minus(attributed);
        return new RollupView(g.slug, g.name, period, snapshot.asOf(), snapshot.vintage(), provenance.publisher(),
                provenance.attribution(), provenance.attributionNote(), provenance.published(),
                provenance.publishedOn(), total == null ? null : sources(reported), provenance.reportId(),
                provenance.quote(), provenance.reportIds(), provenance.status(),
                Counts.of(total), total == null ? null : index.derivedRange(reported, period), Counts.of(attributed), Counts.of(notAttributed),
                notAttributed == null ? null : percent(notAttributed.percentOf(total)), inconsistent(total, attributed),
                members, without);
    }

    /**
     * True when the members' figures certainly add up to more than the reported total, false when they certainly
     * do not, null when there is no reported total or the bounds cannot tell.
     */
    static Boolean inconsistent(Estimate total, Estimate attributed) {
        if (total == null) {
            return null;
        }
        if (attributed.low() != null && total.high() != null && attributed.low().compareTo(total.high()) > 0) {
            return true;
        }
        if (attributed.high() != null && total.low() != null && attributed.high().compareTo(total.low()) <= 0) {
            return false;
        }
        return null;
    }

    private static String sources(DeliveryIndex.Amount amount) {
        String s = amount.figures().stream().map(d -> d.source).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? null : s;
    }

    private static Estimate percent(Estimate pct) {
        return pct == null ? null : pct.rounded(Rate.SCALE);
    }
}
