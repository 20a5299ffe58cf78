package org.chinaauto.exports.figure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.PeriodFilter;
import org.chinaauto.data.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Queries over figure versions: the latest ones, those current at an {@code asOf} instant, or those published by a
 * {@code vintage} date (see {@link Snapshot}).
 */
@ApplicationScoped
public class FigureRepository implements PanacheRepository<Figure> {

    /**
     * Filters for figures; null fields do not filter. Periods are matched when they lie within [from, to], or
     * exactly with {@code period}.
     */
    public record Filter(Powertrain powertrain, String destination, String publisher, String definition,
            PeriodFilter periods) {

        public static Filter of(Powertrain powertrain, String destination, String publisher, String definition,
                Period period) {
            return new Filter(powertrain, destination, publisher, definition, PeriodFilter.exactly(period));
        }
    }

    private static final Sort ORDER = Sort.by("periodStart").and("periodEnd").and("powertrain").and("destination")
            .and("publisher").and("definition").and("id");

    public Page<Figure> page(Filter filter, PageRequest page, Snapshot snapshot) {
        VersionQuery q = query(filter, snapshot);
        var query = find(q.text(), ORDER, q.params);
        return Page.of(query.range((int) page.offset(), page.lastRow()).list(), page);
    }

    public List<Figure> list(Filter filter, Snapshot snapshot) {
        VersionQuery q = query(filter, snapshot);
        return list(q.text(), ORDER, q.params);
    }

    /** Figures of one breakdown whose period ends within [endFrom, endTo] and starts on or after startFrom. */
    public List<Figure> ending(Powertrain powertrain, String destination, String publisher, String definition,
            LocalDate startFrom, LocalDate endFrom, LocalDate endTo, Snapshot snapshot) {
        VersionQuery q = query(Filter.of(powertrain, destination, publisher, definition, null), snapshot)
                .where("periodStart", ">=", startFrom).where("periodEnd", ">=", endFrom).where("periodEnd", "<=", endTo);
        return list(q.text(), ORDER, q.params);
    }

    /**
     * Every version of one figure (of every definition when definition is null), oldest first; with a vintage only
     * those published by then, with asOf only those loaded by then.
     */
    public List<Figure> history(Powertrain powertrain, String destination, String publisher, String definition,
            Period period, Snapshot snapshot) {
        VersionQuery q = VersionQuery.everyVersion(snapshot).eq("powertrain", powertrain)
                .eq("destination", destination).eq("publisher", publisher).eq("definition", definition)
                .eq("periodStart", period.start().atDay(1)).eq("periodEnd", period.end().atDay(1));
        return list(q.text(), Sort.by("definition").and("loadedAt").and("id"), q.params);
    }

    private static VersionQuery query(Filter filter, Snapshot snapshot) {
        VersionQuery q = new VersionQuery(snapshot, "Figure", Figure.KEY_FIELDS).eq("powertrain", filter.powertrain())
                .eq("destination", filter.destination()).eq("publisher", filter.publisher())
                .eq("definition", filter.definition()).within(filter.periods());
        return q;
    }
}
