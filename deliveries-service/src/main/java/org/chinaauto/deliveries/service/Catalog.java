package org.chinaauto.deliveries.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.BrandView;
import org.chinaauto.deliveries.view.GroupView;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** Brands, groups and their dated memberships. */
@ApplicationScoped
public class Catalog {

    private static final Sort MEMBERSHIP_ORDER = Sort.by("brand").and("groupSlug").and("fromMonth", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST);

    /** A page of brands in slug order, each with its memberships. */
    public Page<BrandView> brands(PageRequest request) {
        return page(Brand.<Brand>findAll(Sort.by("slug")), request, b -> b.slug, "brand", m -> m.brand, Catalog::view);
    }

    public BrandView brand(String slug) {
        Brand b = requireBrand(slug);
        return view(b, Membership.list("brand", MEMBERSHIP_ORDER, b.slug));
    }

    /** A page of groups in slug order, each with its members. */
    public Page<GroupView> groups(PageRequest request) {
        return page(BrandGroup.<BrandGroup>findAll(Sort.by("slug")), request, g -> g.slug, "groupSlug",
                m -> m.groupSlug, Catalog::view);
    }

    /**
     * A page of brands or groups, each with its memberships, read in one query for the page.
     *
     * @param side the membership field that names the brand or the group
     */
    private static <E, V> Page<V> page(PanacheQuery<E> all, PageRequest request, Function<E, String> slug, String side,
            Function<Membership, String> sideOf, BiFunction<E, List<Membership>, V> view) {
        Page<E> page = Page.of(all.range((int) request.offset(), request.lastRow()).list(), request);
        Map<String, List<Membership>> bySlug = page.items().isEmpty() ? Map.of()
                : Membership.<Membership>list(side + " in ?1", MEMBERSHIP_ORDER, page.items().stream().map(slug)
                        .toList()).stream().collect(Collectors.groupingBy(sideOf));
        return new Page<>(page.items().stream().map(e -> view.apply(e, bySlug.getOrDefault(slug.apply(e), List.of())))
                .toList(), page.page(), page.size(), page.hasMore());
    }

    public GroupView group(String slug) {
        BrandGroup g = requireGroup(slug);
        return view(g, members(g.slug));
    }

    public List<Membership> members(String group) {
        return Membership.list("groupSlug", MEMBERSHIP_ORDER, group);
    }

    /** The members of every group, by group: one query, however many groups there are. */
    public Map<String, List<Membership>> membersByGroup() {
        return Membership.<Membership>listAll(MEMBERSHIP_ORDER).stream()
                .collect(Collectors.groupingBy(m -> m.groupSlug));
    }

    public Brand requireBrand(String slug) {
        Brand b = slug == null ? null : Brand.findById(slug.trim().toLowerCase());
        if (b == null) {
            throw ProblemException.notFound("No brand '" + slug + "'; GET /api/brands lists the brands");
        }
        return b;
    }

    public BrandGroup requireGroup(String slug) {
        BrandGroup g = slug == null ? null : BrandGroup.findById(slug.trim().toLowerCase());
        if (g == null) {
            throw ProblemException.notFound("No group '" + slug + "'; GET /api/groups lists the groups");
        }
        return g;
    }

    /** Every slug with what it names, a brand or a group: what a load checks its subjects against. */
    public Slugs slugs() {
        Map<String, SubjectKind> kinds = new HashMap<>();
        Brand.getEntityManager().createQuery("select b.slug from Brand b", String.class).getResultStream()
                .forEach(slug -> kinds.put(slug, SubjectKind.BRAND));
        BrandGroup.getEntityManager().createQuery("select g.slug from BrandGroup g", String.class).getResultStream()
                .forEach(slug -> kinds.put(slug, SubjectKind.GROUP));
        return new Slugs(kinds);
    }

    public Map<String, String> names(SubjectKind kind) {
        return kind == SubjectKind.BRAND
                ? Brand.<Brand>listAll().stream().collect(Collectors.toMap(b -> b.slug, b -> b.name))
                : BrandGroup.<BrandGroup>listAll().stream().collect(Collectors.toMap(g -> g.slug, g -> g.name));
    }

    static BrandView view(Brand b, List<Membership> memberships) {
        return new BrandView(b.slug, b.name, b.carmaker, memberships.stream()
                .map(m -> new BrandView.GroupMembership(m.groupSlug, Membership.text(m.fromMonth), Membership.text(m.toMonth)))
                .toList());
    }

    static GroupView view(BrandGroup g, List<Membership> members) {
        return new GroupView(g.slug, g.name, g.leader, g.notes, members.stream()
                .map(m -> new GroupView.Member(m.brand, Membership.text(m.fromMonth), Membership.text(m.toMonth))).toList());
    }
}
