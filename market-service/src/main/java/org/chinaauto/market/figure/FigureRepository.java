package org.chinaauto.market.figure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.PeriodFilter;
import org.chinaauto.data.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Queries over figure versions: the latest ones, those loaded by an {@code asOf} instant, or those published by a
 * {@code vintage} date (see {@link Snapshot}).
 */
@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

    /** Filters for listing figures; null fields do not filter. Periods are matched when they lie within [from, to]. */
    public record Filter(Measure measure, Segment segment, String publisher, PeriodFilter periods) {
    }

    public Page<Figure> page(Filter filter, PageRequest page, Snapshot snapshot) {
        VersionQuery q = versions(snapshot).eq("measure", filter.measure()).eq("segment", filter.segment())
                .eq("publisher", filter.publisher()).within(filter.periods());
        var query = find(q.text(), Sort.by("periodStart").and("periodEnd").and("measure").and("segment")
                .and("publisher"), q.params);
        return Page.of(query.range((int) page.offset(), page.lastRow()).list(), page);
    }

    /** Figures of the given measures and segments whose period ends within [endFrom, endTo]. */
    public List<Figure> ending(Collection<Measure> measures, Collection<Segment> segments,
            Collection<String> publishers, LocalDate startFrom, LocalDate endFrom, LocalDate endTo, Snapshot snapshot) {
        VersionQuery q = versions(snapshot).where("measure", "in", measures).where("segment", "in", segments)
                .where("publisher", "in", publishers).where("periodStart", ">=", startFrom).where("periodEnd", ">=", endFrom)
                .where("periodEnd", "<=", endTo);
        return list(q.text(), Sort.by("periodStart").and("periodEnd"), q.params);
    }

    /**
     * A page of the publishers with a figure of these segments whose period ends within [endFrom, endTo], in
     * alphabetical order: read with one row more than the page, so that no count over every publisher is needed.
     */
    public Page<String> publishers(Collection<Segment> segments, LocalDate endFrom, LocalDate endTo, PageRequest page,
            Snapshot snapshot) {
        VersionQuery q = versions(snapshot).where("segment", "in", segments).where("periodEnd", ">=", endFrom)
                .where("periodEnd", "<=", endTo);
        TypedQuery<String> query = getEntityManager().createQuery(
                "select distinct publisher from Figure where " + q.text() + " order by publisher", String.class);
        q.params.forEach(query::setParameter);
        return Page.of(query.setFirstResult((int) page.offset()).setMaxResults(page.rows()).getResultList(), page);
    }

    /** Every version of one figure, oldest first; with a vintage those published by then, with asOf those loaded by then. */
    public List<Figure> history(FigureKey key, Snapshot snapshot) {
        VersionQuery q = VersionQuery.everyVersion(snapshot).eq("measure", key.measure()).eq("segment", key.segment())
                .eq("publisher", key.publisher()).eq("periodStart", key.period().start().atDay(1))
                .eq("periodEnd", key.period().end().atDay(1));
        return list(q.text(), Sort.by("loadedAt").and("id"), q.params);
    }

    private static VersionQuery versions(Snapshot snapshot) {
        return new VersionQuery(snapshot, "Figure", Figure.KEY_FIELDS);
    }
}
