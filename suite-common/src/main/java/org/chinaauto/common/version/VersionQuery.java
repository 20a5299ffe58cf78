package org.chinaauto.common.version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A where clause of optional conditions over versioned rows, restricted to the versions visible at asOf. The
 * parameters are a plain map, which Panache's find and list accept, so that this needs no Panache.
 */
public final class VersionQuery {

    public final Map<String, Object> params = new HashMap<>();
    private final List<String> conditions = new ArrayList<>();

    public VersionQuery(Instant asOf) {
        if (asOf == null) {
            conditions.add("supersededAt is null");
        } else {
            conditions.add("loadedAt <= :asOf and (supersededAt is null or supersededAt > :asOf)");
            params.put("asOf", asOf);
        }
    }

    /** Every version, current or superseded, for histories. */
    public static VersionQuery everyVersion() {
        VersionQuery q = new VersionQuery(null);
        q.conditions.clear();
        return q;
    }

    /** Adds {@code field op value} unless the value is null. */
    public VersionQuery where(String field, String op, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(field + " " + op + " " + (op.equals("in") ? "(:" + name + ")" : ":" + name));
            params.put(name, value instanceof Collection<?> c ? List.copyOf(c) : value);
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
