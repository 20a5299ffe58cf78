package org.chinaauto.deliveries.version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** A where clause of optional conditions over versioned rows, restricted to the versions visible at asOf. */
public final class VersionQuery {

    public final Parameters params = new Parameters();
    private final List<String> conditions = new ArrayList<>();

    public VersionQuery(Instant asOf) {
        if (asOf == null) {
            conditions.add("supersededAt is null");
        } else {
            conditions.add("loadedAt <= :asOf and (supersededAt is null or supersededAt > :asOf)");
            params.and("asOf", asOf);
        }
    }

    /** Adds {@code field op value} unless the value is null. */
    public VersionQuery where(String field, String op, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(field + " " + op + " " + (op.equals("in") ? "(:" + name + ")" : ":" + name));
            params.and(name, value instanceof Collection<?> c ? List.copyOf(c) : value);
        }
        return this;
    }

    public VersionQuery eq(String field, Object value) {
        return where(field, "=", value);
    }

    public String text() {
        return String.join(" and ", conditions);
    }
}
