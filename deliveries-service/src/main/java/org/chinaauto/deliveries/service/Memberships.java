package org.chinaauto.deliveries.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chinaauto.common.period.Period;
import org.chinaauto.data.load.LoadErrors;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.input.MembershipInput;
import org.chinaauto.deliveries.service.CatalogBatch.Item;

/**
 * The dated memberships a catalogue load gives with a brand (its groups) or a group (its brands): checked against
 * the catalogue and each other, and written in place of the stored ones.
 */
final class Memberships {

    private Memberships() {
    }

    /** The other side of a membership: groups for a brand, brands for a group. */
    static SubjectKind other(SubjectKind kind) {
        return kind == SubjectKind.BRAND ? SubjectKind.GROUP : SubjectKind.BRAND;
    }

    /** True when a brand or group (as {@code kind} says) has the slug. */
    static boolean exists(SubjectKind kind, String slug) {
        return (kind == SubjectKind.BRAND ? Brand.findById(slug) : BrandGroup.findById(slug)) != null;
    }

    /** The slug a membership names on one side, as given. */
    private static String named(MembershipInput m, SubjectKind kind) {
        return kind == SubjectKind.BRAND ? m.brand() : m.group();
    }

    /** Replaces stored memberships with new ones when they differ; true when something changed. */
    static boolean replace(List<Membership> stored, List<Membership> incoming) {
        Set<List<Object>> before = new HashSet<>();
        stored.forEach(m -> before.add(signature(m)));
        Set<List<Object>> after = new HashSet<>();
        incoming.forEach(m -> after.add(signature(m)));
        if (before.equals(after)) {
            return false;
        }
        stored.forEach(Membership::delete);
        Membership.getEntityManager().flush();
        incoming.forEach(m -> m.persist());
        return true;
    }

    private static List<Object> signature(Membership m) {
        return Arrays.asList(m.brand, m.groupSlug, m.fromMonth, m.toMonth);
    }

    /**
     * The rules of a list of memberships that reach beyond a field: the other side must exist, the side the list
     * belongs to must not be named, 'to' comes after 'from', and the same brand and group must not overlap.
     *
     * @param kind what the owner of the list is, a brand or a group
     */
    static List<Membership> check(LoadErrors errors, Item<?> item, SubjectKind kind, String owner,
            List<MembershipInput> items) {
        boolean ownerIsBrand = kind == SubjectKind.BRAND;
        String list = ownerIsBrand ? "memberships" : "members";
        String otherField = other(kind).code();
        List<Membership> result = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            MembershipInput m = items.get(j);
            String at = list + "[" + j + "]";
            if (m == null) {
                errors.add(item.position(), at, "expected an object");
                continue;
            }
            if (named(m, kind) != null) {
                errors.add(item.position(), at + "." + kind.code(), "not expected here: the " + list + " of a "
                        + kind.code() + " name " + otherField + "s");
            }
            String ref = Cells.text(named(m, other(kind)));
            if (ref == null) {
                errors.add(item.position(), at + "." + otherField, "is required");
            } else if (!exists(other(kind), ref)) {
                errors.add(item.position(), at + "." + otherField, "unknown " + otherField + " '" + ref
                        + "'; create it first with POST /api/" + otherField + "s");
            }
            YearMonth from = month(item, at + ".from", m.from());
            YearMonth to = month(item, at + ".to", m.to());
            if (from != null && to != null && !to.isAfter(from)) {
                errors.add(item.position(), at + ".to", "must be after 'from' (" + from + "): 'to' is the first month "
                        + "no longer a member");
            }
            Membership ms = new Membership();
            ms.brand = ownerIsBrand ? owner : ref;
            ms.groupSlug = ownerIsBrand ? ref : owner;
            ms.fromMonth = from == null ? null : from.atDay(1);
            ms.toMonth = to == null ? null : to.atDay(1);
            for (Membership earlier : result) {
                if (Objects.equals(earlier.brand, ms.brand) && Objects.equals(earlier.groupSlug, ms.groupSlug)
                        && overlap(earlier, ms)) {
                    errors.add(item.position(), at, "overlaps an earlier membership of the same brand and group in "
                            + "this list");
                }
            }
            result.add(ms);
        }
        return result;
    }

    private static boolean overlap(Membership a, Membership b) {
        boolean aEndsBeforeB = a.toMonth != null && b.fromMonth != null && !a.toMonth.isAfter(b.fromMonth);
        boolean bEndsBeforeA = b.toMonth != null && a.fromMonth != null && !b.toMonth.isAfter(a.fromMonth);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** A month that passed its constraint; null when blank or when it broke the constraint. */
    private static YearMonth month(Item<?> item, String field, String text) {
        return item.failed().contains(field) || Cells.text(text) == null ? null : Period.parseMonth(text, field);
    }
}
