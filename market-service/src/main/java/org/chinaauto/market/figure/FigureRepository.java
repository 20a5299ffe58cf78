package org.chinaauto.market.figure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;

import io.quarkus.panache.common.Parameters;
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
        Query q = new Query(asOf);
        q.eq("measure", filter.measure());
        q.eq("segment", filter.segment());
        q.eq("publisher", filter.publisher());
        q.cmp("periodStart", ">=", filter.from());
        q.cmp("periodEnd", "<=", filter.to());
        q.eq("periodStart", filter.exactStart());
        q.eq("periodEnd", filter.exactEnd());
        var query = find(q.where(), Sort.by("periodStart").and("periodEnd").and("measure").and("segment")
                .and("publisher"), q.params);
        long total = query.count();
        List<Figure> items = query.range((int) page.offset(), (int) page.offset() + page.size() - 1).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Figures of the given measures and segments whose period ends within [endFrom, endTo]. */
    public List<Figure> ending(Collection<Measure> measures, Collection<Segment> segments, String publisher,
            LocalDate startFrom, LocalDate endFrom, LocalDate endTo, Instant asOf) {
        Query q = new Query(asOf);
        q.in("measure", measures);
        q.in("segment", segments);
        q.eq("publisher", publisher);
        q.cmp("periodStart", ">=", startFrom);
        q.cmp("periodEnd", ">=", endFrom);
        q.cmp("periodEnd", "<=", endTo);
        return list(q.where(), Sort.by("periodStart").and("periodEnd"), q.params);
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

    /** Builds a where clause from optional conditions, plus the version visible at asOf (or the latest). */
    private static final class Query {
        final Parameters params = new Parameters();
        final List<String> conditions = new ArrayList<>();

        Query(Instant asOf) {
            if (asOf == null) {
                conditions.add("supersededAt is null");
            } else {
                conditions.add("loadedAt <= :asOf and (supersededAt is null or supersededAt > :asOf)");
                params.and("asOf", asOf);
            }
        }

        void eq(String field, Object value) {
            cmp(field, "=", value);
        }

        void cmp(String field, String op, Object value) {
            if (value != null) {
                String name = "p" + conditions.size();
                conditions.add(field + " " + op + " :" + name);
                params.and(name, value);
            }
        }

        void in(String field, Collection<?> values) {
            String name = "p" + conditions.size();
            conditions.add(field + " in :" + name);
            params.and(name, values);
        }

        String where() {
            return String.join(" and ", conditions);
        }
    }
}
