package org.chinaauto.deliveries.target;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.VersionQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

    /** The revisions of a brand's targets (of one year, or all when null) as known at asOf, in order. */
    public List<Target> of(String brand, Integer year, Instant asOf) {
        VersionQuery q = new VersionQuery(asOf).eq("brand", brand).eq("year", year);
        return list(q.text(), Sort.by("year").and("revision"), q.params);
    }

    public List<Target> current(Collection<String> brands) {
        return list("supersededAt is null and brand in ?1", brands);
    }
}
