package org.chinaauto.deliveries.service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.chinaauto.data.cache.DataVersion;
import org.chinaauto.data.load.LoadErrors;
import org.chinaauto.data.load.LoadReport;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.input.BrandInput;
import org.chinaauto.deliveries.input.GroupInput;
import org.chinaauto.deliveries.input.MembershipInput;
import org.chinaauto.deliveries.service.CatalogBatch.Item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;


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
        return load(body, BRANDS);
    }

    @Transactional
    public LoadReport loadGroups(InputStream body) {
        return load(body, GROUPS);
    }

    /**
     * What a load of brands or of groups reads and writes.
     *
     * @param kind brands, whose memberships name groups, or groups, whose members name brands
     * @param stored the stored one with a slug, or null
     * @param created a new one, before its fields are set
     * @param update sets the fields, the slug among them, from an item: true when one changed
     */
    private record Side<I, E extends PanacheEntityBase>(Class<I> type, SubjectKind kind, Function<I, String> slug,
            Function<I, List<MembershipInput>> memberships, Function<String, E> stored, Supplier<E> created,
            BiPredicate<E, I> update) {
    }

    private static final Side<BrandInput, Brand> BRANDS = new Side<>(BrandInput.class, SubjectKind.BRAND,
            BrandInput::slug, BrandInput::memberships, slug -> Brand.findById(slug), Brand::new, CatalogLoader::update);

    private static final Side<GroupInput, BrandGroup> GROUPS = new Side<>(GroupInput.class, SubjectKind.GROUP,
            GroupInput::slug, GroupInput::members, slug -> BrandGroup.findById(slug), BrandGroup::new,
            CatalogLoader::update);

    /** Checks a batch of brands or groups as a whole, then writes it: what is new, revised or unchanged. */
    private <I, E extends PanacheEntityBase> LoadReport load(InputStream body, Side<I, E> side) {
        LoadErrors errors = new LoadErrors();
        SubjectKind kind = side.kind();
        List<Item<I>> items = CatalogBatch.read(validator, body, side.type(), kind.code() + "s", errors);
        Set<String> seen = new HashSet<>();
        List<List<Membership>> memberships = new ArrayList<>();
        for (Item<I> item : items) {
            String slug = slug(item, side.slug().apply(item.value()), seen, errors);
            if (slug != null && Memberships.exists(Memberships.other(kind), slug)) {
                errors.add(item.position(), "slug", "'" + slug + "' is already a " + Memberships.other(kind).code()
                        + "; brands and groups share one set of slugs");
            }
            List<MembershipInput> list = side.memberships().apply(item.value());
            memberships.add(list == null ? null : Memberships.check(errors, item, kind, slug, list));
        }
        errors.throwIfAny();
        int inserted = 0;
        int revised = 0;
        for (int i = 0; i < items.size(); i++) {
            I in = items.get(i).value();
            String slug = side.slug().apply(in).trim();
            E stored = side.stored().apply(slug);
            boolean created = stored == null;
            E entity = created ? side.created().get() : stored;
            boolean changed = side.update().test(entity, in) || created;
            if (created) {
                entity.persist();
            }
            if (memberships.get(i) != null) {
                changed |= Memberships.replace(Membership.list(kind == SubjectKind.BRAND ? "brand" : "groupSlug", slug),
                        memberships.get(i));
            }
            inserted += created ? 1 : 0;
            revised += !created && changed ? 1 : 0;
        }
        return written(new LoadReport(items.size(), inserted, revised, items.size() - inserted - revised, null));
    }

    /** Sets a brand's fields (its slug among them) from its item; true when one changed. */
    private static boolean update(Brand b, BrandInput in) {
        b.slug = in.slug().trim();
        String name = in.name().trim();
        String carmaker = kept(in.carmaker(), b.carmaker);
        boolean changed = !Objects.equals(b.name, name) || !Objects.equals(b.carmaker, carmaker);
        b.name = name;
        b.carmaker = carmaker;
        return changed;
    }

    /** Sets a group's fields (its slug among them) from its item; true when one changed. */
    private static boolean update(BrandGroup g, GroupInput in) {
        g.slug = in.slug().trim();
        String name = in.name().trim();
        String leader = kept(in.leader(), g.leader);
        String notes = kept(in.notes(), g.notes);
        boolean changed = !Objects.equals(g.name, name) || !Objects.equals(g.leader, leader)
                || !Objects.equals(g.notes, notes);
        g.name = name;
        g.leader = leader;
        g.notes = notes;
        return changed;
    }

    /** An optional field's new value: the stored one when left out (null), none when blank, else the text. */
    private static String kept(String given, String stored) {
        return given == null ? stored : Cells.text(given);
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


    /** A change of the catalogue changes what reads answer: it raises the data version with it. */
    private static LoadReport written(LoadReport report) {
        if (report.inserted() + report.revised() > 0) {
            DataVersion.raise(Brand.getEntityManager());
        }
        return report;
    }
}
