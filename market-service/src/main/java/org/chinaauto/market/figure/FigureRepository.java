package org.chinaauto.market.figure;

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

/** Queries over figure versions: the latest ones, or those current at an {@code asOf} instant. */
@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

    /** Filters for listing figures; null fields do not filter. Periods are matched when they lie within [from, to]. */
    public record Filter(Measure measure, Segment segment, String publisher, LocalDate from, LocalDate to,
            LocalDate exactStart, LocalDate exactEnd) {
    }

    public Page<Figure> page(Filter filter, PageRequest page, Instant asOf) {
        VersionQuery q = new VersionQuery(asOf).eq("measure", filter.measure()).eq("segment", filter.segment())
                .eq("publisher", filter.publisher()).where("periodStart", ">=", filter.from())
                .where("periodEnd", "<=", filter.to()).eq("periodStart", filter.exactStart())
                .eq("periodEnd", filter.exactEnd());
        var query = find(q.text(), Sort.by("periodStart").and("periodEnd").and("measure").and("segment")
                .and("publisher"), q.params);
        long total = query.count();
        List<Figure> items = query.range((int) page.offset(), (int) page.offset() + page.size() - 1).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Figures of the given measures and segments whose period ends within [endFrom, endTo]. */
    public List<Figure> ending(Collection<Measure> measures, Collection<Segment> segments, String publisher,
            LocalDate startFrom, LocalDate endFrom, LocalDate endTo, Instant asOf) {
        VersionQuery q = new VersionQuery(asOf).where("measure", "in", measures).where("segment", "in", segments)
                .eq("publisher", publisher).where("periodStart", ">=", startFrom).where("periodEnd", ">=", endFrom)
                .where("periodEnd", "<=", endTo);
        return list(q.text(), Sort.by("periodStart").and("periodEnd"), q.params);
    }

    /** The current versions of every figure of these measures, segments and publishers. */
    public List<Figure> current(Collection<Measure> measures, Collection<Segment> segments, Collection<String> publishers) {
        return list("supersededAt is null and measure in ?1 and segment in ?2 and publisher in ?3", measures, segments,
                publishers);
    }

    /** Every version of one figure, oldest first. */
    public List<Figure> history(FigureKey key) {
        return list("measure = ?1 and segment = ?2 and publisher = ?3 and periodStart = ?4 and periodEnd = ?5",
                Sort.by("loadedAt").and("id"), key.measure(), key.segment(), key.publisher(),
                key.period().start().atDay(1), key.period().end().atDay(1));
    }
}
