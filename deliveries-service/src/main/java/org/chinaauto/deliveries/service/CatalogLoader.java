package org.chinaauto.deliveries.service;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.chinaauto.common.period.Period;
import org.chinaauto.data.cache.DataVersion;
import org.chinaauto.data.load.LoadErrors;
import org.chinaauto.data.load.LoadReport;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.input.BrandInput;
import org.chinaauto.deliveries.input.GroupInput;
import org.chinaauto.deliveries.input.MembershipInput;
import org.chinaauto.deliveries.service.CatalogBatch.Item;


/**
 * Creates and updates brands and groups with their dated memberships, from JSON: each item is bound to its input
 * record (the fields' rules are its constraints) and the whole batch is checked (every bad item and field reported,
 * the first {@value LoadErrors#LISTED} listed, nothing written) before it is written in one transaction. Optional
 * fields left out (null) keep their stored values on an update (an empty string clears a text field); a brand's
 * {@code memberships} (or a group's {@code members}), when given, replace the stored ones. Brands and groups share
 * one set of slugs.
 */
@ApplicationScoped
public class CatalogLoader {


    @Inject
    Validator validator;

    @Transactional
    public LoadReport loadBrands(InputStream body) {
        LoadErrors errors = new LoadErrors();
        List<Item<BrandInput>> items = CatalogBatch.read(validator, body, BrandInput.class, "brands", errors);
        Set<String> seen = new HashSet<>();
        List<List<Membership>> memberships = new ArrayList<>();
        for (Item<BrandInput> item : items) {
            BrandInput b = item.value();
            String slug = slug(item, b.slug(), seen, errors);
            if (slug != null && BrandGroup.findById(slug) != null) {
                errors.add(item.position(), "slug", "'" + slug + "' is already a group; brands and groups share one "
                        + "set of slugs");
            }
            memberships.add(b.memberships() == null ? null : memberships(errors, item, "memberships", slug,
                    b.memberships(), MembershipInput::group, "group", g -> BrandGroup.findById(g) != null, true));
        }
        errors.throwIfAny();
        int inserted = 0;
        int revised = 0;
        for (int i = 0; i < items.size(); i++) {
            BrandInput in = items.get(i).value();
            String slug = in.slug().trim();
            Brand b = Brand.findById(slug);
            boolean created = b == null;
            boolean changed = false;
            if (created) {
                b = new Brand();
                b.slug = slug;
            }
            String carmaker = in.carmaker() == null ? b.carmaker : trim(in.carmaker());
            if (created || !Objects.equals(b.name, in.name().trim()) || !Objects.equals(b.carmaker, carmaker)) {
                b.name = in.name().trim();
                b.carmaker = carmaker;
                changed = true;
            }
            if (created) {
                b.persist();
            }
            if (memberships.get(i) != null) {
                changed |= replace(Membership.list("brand", slug), memberships.get(i));
            }
            inserted += created ? 1 : 0;
            revised += !created && changed ? 1 : 0;
        }
        return written(new LoadReport(items.size(), inserted, revised, items.size() - inserted - revised));
    }

    @Transactional
    public LoadReport loadGroups(InputStream body) {
        LoadErrors errors = new LoadErrors();
        List<Item<GroupInput>> items = CatalogBatch.read(validator, body, GroupInput.class, "groups", errors);
        Set<String> seen = new HashSet<>();
        List<List<Membership>> members = new ArrayList<>();
        for (Item<GroupInput> item : items) {
            GroupInput g = item.value();
            String slug = slug(item, g.slug(), seen, errors);
            if (slug != null && Brand.findById(slug) != null) {
                errors.add(item.position(), "slug", "'" + slug + "' is already a brand; brands and groups share one "
                        + "set of slugs");
            }
            members.add(g.members() == null ? null : memberships(errors, item, "members", slug, g.members(),
                    MembershipInput::brand, "brand", b -> Brand.findById(b) != null, false));
        }
        errors.throwIfAny();
        int inserted = 0;
        int revised = 0;
        for (int i = 0; i < items.size(); i++) {
            GroupInput in = items.get(i).value();
            String slug = in.slug().trim();
            BrandGroup g = BrandGroup.findById(slug);
            boolean created = g == null;
            boolean changed = false;
            if (created) {
                g = new BrandGroup();
                g.slug = slug;
            }
            String leader = in.leader() == null ? g.leader : trim(in.leader());
            String notes = in.notes() == null ? g.notes : trim(in.notes());
            if (created || !Objects.equals(g.name, in.name().trim()) || !Objects.equals(g.leader, leader)
                    || !Objects.equals(g.notes, notes)) {
                g.name = in.name().trim();
                g.leader = leader;
                g.notes = notes;
                changed = true;
            }
            if (created) {
                g.persist();
            }
            if (members.get(i) != null) {
                changed |= replace(Membership.list("groupSlug", slug), members.get(i));
            }
            inserted += created ? 1 : 0;
            revised += !created && changed ? 1 : 0;
        }
        return written(new LoadReport(items.size(), inserted, revised, items.size() - inserted - revised));
    }

    /** The item's slug when it passed its constraints; a slug twice in the batch is an error. */
    private static String slug(Item<?> item, String text, Set<String> seen, LoadErrors errors) {
        if (item.failed().contains("slug")) {
            return null;
        }
        String slug = text.trim();
        if (!seen.add(slug)) {
            errors.add(item.position(), "slug", "'" + slug + "' appears twice in the batch");
        }
        return slug;
    }

    /** Replaces stored memberships with new ones when they differ; true when something changed. */
    private static boolean replace(List<Membership> stored, List<Membership> incoming) {
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
     */
    private static List<Membership> memberships(LoadErrors errors, Item<?> item, String list, String owner,
            List<MembershipInput> items, Function<MembershipInput, String> other, String otherField,
            Predicate<String> exists, boolean ownerIsBrand) {
        List<Membership> result = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            MembershipInput m = items.get(j);
            String at = list + "[" + j + "]";
            if (m == null) {
                errors.add(item.position(), at, "expected an object");
                continue;
            }
            if ((ownerIsBrand ? m.brand() : m.group()) != null) {
                errors.add(item.position(), at + "." + (ownerIsBrand ? "brand" : "group"), "not expected here: the "
                        + list + " of a " + (ownerIsBrand ? "brand name groups" : "group name brands"));
            }
            String ref = trim(other.apply(m));
            if (ref == null) {
                errors.add(item.position(), at + "." + otherField, "is required");
            } else if (!exists.test(ref)) {
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
        return item.failed().contains(field) || trim(text) == null ? null : Period.parseMonth(text, field);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A change of the catalogue changes what reads answer: it raises the data version with it. */
    private static LoadReport written(LoadReport report) {
        if (report.inserted() + report.revised() > 0) {
            DataVersion.raise(Brand.getEntityManager());
        }
        return report;
    }
}
