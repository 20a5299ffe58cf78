package org.chinaauto.deliveries.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Queries over delivery versions: the latest ones, or those current at an {@code asOf} instant. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    private static final Sort ORDER = Sort.by("periodStart").and("periodEnd").and("subject").and("publisher");

    /** Filters for listing; null fields do not filter. Periods are matched when they lie within [from, to]. */
    public record Filter(String subject, String publisher, LocalDate from, LocalDate to, LocalDate exactStart,
            LocalDate exactEnd) {
    }

    public Page<Delivery> page(Filter filter, PageRequest page, Instant asOf) {
        VersionQuery q = new VersionQuery(asOf).eq("subject", filter.subject()).eq("publisher", filter.publisher())
                .where("periodStart", ">=", filter.from()).where("periodEnd", "<=", filter.to())
                .eq("periodStart", filter.exactStart()).eq("periodEnd", filter.exactEnd());
        var query = find(q.text(), ORDER, q.params);
        long total = query.count();
        List<Delivery> items = query.range((int) page.offset(), (int) page.offset() + page.size() - 1).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * The figures of these subjects (all when null) of one kind (any when null) whose period lies within
     * [from, to], as known at asOf.
     */
    public List<Delivery> within(Collection<String> subjects, SubjectKind kind, String publisher, LocalDate from,
            LocalDate to, Instant asOf) {
        VersionQuery q = new VersionQuery(asOf).where("subject", "in", subjects).eq("subjectKind", kind)
                .eq("publisher", publisher).where("periodStart", ">=", from).where("periodEnd", "<=", to);
        return list(q.text(), ORDER, q.params);
    }

    /** The current versions of the keys of a batch (a superset: matched by subject and publisher). */
    public List<Delivery> current(Collection<String> subjects, Collection<String> publishers) {
        return list("supersededAt is null and subject in ?1 and publisher in ?2", subjects, publishers);
    }

    /** Every version of one figure, oldest first. */
    public List<Delivery> history(DeliveryKey key) {
        return list("subject = ?1 and publisher = ?2 and periodStart = ?3 and periodEnd = ?4",
                Sort.by("loadedAt").and("id"), key.subject(), key.publisher(), key.period().start().atDay(1),
                key.period().end().atDay(1));
    }
}
