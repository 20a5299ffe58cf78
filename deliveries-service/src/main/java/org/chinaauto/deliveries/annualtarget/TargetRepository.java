package org.chinaauto.deliveries.annualtarget;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

    /** What identifies a target revision across its versions (see {@link TargetKey}). */
    private static final List<String> KEY = List.of("brand", "year", "revision");

    /** The revisions of a brand's targets (of one year, or all when null) as the snapshot sees them, in order. */
    public List<Target> of(String brand, Integer year, Snapshot snapshot) {
        VersionQuery q = new VersionQuery(snapshot, "Target", KEY).eq("brand", brand).eq("year", year);
        return list(q.text(), Sort.by("year").and("revision"), q.params);
    }
}
