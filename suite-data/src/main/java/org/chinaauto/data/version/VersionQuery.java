package org.chinaauto.data.version;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.PeriodFilter;

/**
 * A where clause of optional conditions over versioned rows, restricted to the versions a {@link Snapshot} sees:
 * <ul>
 * <li>latest: the current versions;</li>
 * <li>asOf only: the versions current at that instant;</li>
 * <li>with a vintage: per figure, the version with the latest publication date on or before the vintage (the latest
 * loaded among equals), among the versions loaded by asOf when it is given.</li>
 * </ul>
 * The parameters are a plain map, which Panache's find and list accept, so that this needs no Panache. The clause
 * refers to the queried entity as {@code this}, Hibernate's alias of an unaliased root, and needs an {@code id} field.
 */
public final class VersionQuery {

    public final Map<String, Object> params = new HashMap<>();
    private final List<String> conditions = new ArrayList<>();

    /**
     * @param entity the entity's name, for the vintage subquery
     * @param key the fields that identify a figure across its versions
     */
    public VersionQuery(Snapshot snapshot, String entity, List<String> key) {
        if (snapshot.vintage() == null) {
            if (snapshot.asOf() == null) {
                conditions.add("supersededAt is null");
            } else {
                conditions.add("loadedAt <= :asOf and (supersededAt is null or supersededAt > :asOf)");
                params.put("asOf", snapshot.asOf());
            }
            return;
        }
        params.put("vintage", snapshot.vintage());
        String loadedBy = "";
        if (snapshot.asOf() != null) {
            params.put("asOf", snapshot.asOf());
            conditions.add("loadedAt <= :asOf");
            loadedBy = " and v.loadedAt <= :asOf";
        }
        conditions.add("publishedOn <= :vintage");
        // The outer row is referred to once (Hibernate rejects several correlations of an unaliased root): "me" is
        // the outer row joined by id, and no later-published version of the same figure may exist.
        String sameFigure = key.stream().map(k -> "v." + k + " = me." + k).collect(Collectors.joining(" and "));
        conditions.add("not exists (from " + entity + " v, " + entity + " me where me.id = this.id and " + sameFigure
                + " and v.publishedOn <= :vintage" + loadedBy + " and (v.publishedOn > me.publishedOn"
                + " or (v.publishedOn = me.publishedOn and v.loadedAt > me.loadedAt)))");
    }

    private VersionQuery() {
    }

    /** Every version, current or superseded, published by the vintage and loaded by asOf when given: histories. */
    public static VersionQuery everyVersion(Snapshot snapshot) {
        VersionQuery q = new VersionQuery();
        q.where("publishedOn", "<=", snapshot.vintage());
        q.where("loadedAt", "<=", snapshot.asOf());
        return q;
    }

    /** Adds {@code field op value} unless the value is null. */
    public VersionQuery where(String field, String op, Object value) {
        if (value != null) {
            String name = "p" + params.size();
            conditions.add(field + " " + op + " " + (op.equals("in") ? "(:" + name + ")" : ":" + name));
            params.put(name, value instanceof Collection<?> c ? List.copyOf(c) : value);
        }
        return this;
    }

    public VersionQuery eq(String field, Object value) {
        return where(field, "=", value);
    }

    /** Adds the conditions of a list's period filter, on the {@code periodStart} and {@code periodEnd} columns. */
    public VersionQuery within(PeriodFilter periods) {
        return where("periodStart", ">=", periods.fromDay()).where("periodEnd", "<=", periods.toDay())
                .eq("periodStart", periods.exactStart()).eq("periodEnd", periods.exactEnd());
    }

    /** The conditions joined by {@code and}; {@code true} when there are none. */
    public String text() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }
}
