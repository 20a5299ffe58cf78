package org.chinaauto.deliveries.delivery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.PeriodFilter;
import org.chinaauto.data.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Queries over delivery versions: the latest ones, or those a {@link Snapshot} (vintage, asOf) sees. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    private static final Sort ORDER = Sort.by("periodStart").and("periodEnd").and("subject").and("publisher");
    /** What identifies a delivery figure across its versions (see {@link DeliveryKey}). */
    private static final List<String> KEY = List.of("subject", "publisher", "periodStart", "periodEnd");

    /** Filters for listing; null fields do not filter. Periods are matched when they lie within [from, to]. */
    public record Filter(String subject, String publisher, PeriodFilter periods) {
    }

    public Page<Delivery> page(Filter filter, PageRequest page, Snapshot snapshot) {
        VersionQuery q = versions(snapshot).eq("subject", filter.subject()).eq("publisher", filter.publisher())
                .within(filter.periods());
        var query = find(q.text(), ORDER, q.params);
        return Page.of(query.range((int) page.offset(), page.lastRow()).list(), page);
    }

    /**
     * The figures of these subjects (all when null) of one kind (any when null) whose period lies within
     * [from, to], as the snapshot sees them.
     */
    public List<Delivery> within(Collection<String> subjects, SubjectKind kind, String publisher, LocalDate from,
            LocalDate to, Snapshot snapshot) {
        VersionQuery q = versions(snapshot).where("subject", "in", subjects).eq("subjectKind", kind)
                .eq("publisher", publisher).where("periodStart", ">=", from).where("periodEnd", "<=", to);
        return list(q.text(), ORDER, q.params);
    }

    /** Every version of one figure, oldest first, published by the vintage and loaded by asOf when given. */
    public List<Delivery> history(DeliveryKey key, Snapshot snapshot) {
        VersionQuery q = VersionQuery.everyVersion(snapshot).eq("subject", key.subject())
                .eq("publisher", key.publisher()).eq("periodStart", key.period().start().atDay(1))
                .eq("periodEnd", key.period().end().atDay(1));
        return list(q.text(), Sort.by("loadedAt").and("id"), q.params);
    }

    private static VersionQuery versions(Snapshot snapshot) {
        return new VersionQuery(snapshot, "Delivery", KEY);
    }
}
