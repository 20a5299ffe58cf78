package org.chinaauto.reports.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.stated.ReportReader;
import org.chinaauto.reports.load.Downstreams;
import org.jboss.logging.Logger;

/**
 * The brands and groups a report's deliveries figures can be of, from deliveries-service's catalogue: each named by
 * its slug and its name, published by its group where it belongs to one (HIMA publishes AITO's deliveries), else by
 * itself. Without the catalogue (deliveries-service down) a report is still read, its deliveries figures proposed
 * without a brand, with the reason.
 */
@ApplicationScoped
public class Subjects {

    private static final Logger LOG = Logger.getLogger(Subjects.class);
    private static final int ALL = 1000;

    private final Downstreams downstreams;

    Subjects(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    public List<ReportReader.Subject> known() {
        try {
            Catalog catalog = downstreams.catalog();
            Map<String, Catalog.Group> groups = catalog.groups(ALL).items().stream()
                    .collect(Collectors.toMap(Catalog.Group::slug, Function.identity()));
            List<ReportReader.Subject> subjects = new ArrayList<>();
            for (Catalog.Group g : groups.values()) {
                subjects.add(ReportReader.Subject.of("group", g.slug(), publisher(g), List.of(g.slug(), g.name())));
            }
            for (Catalog.Brand b : catalog.brands(ALL).items()) {
                Catalog.Group group = b.memberships() == null ? null : b.memberships().stream()
                        .filter(m -> m.to() == null).map(m -> groups.get(m.group())).filter(g -> g != null)
                        .findFirst().orElse(null);
                subjects.add(ReportReader.Subject.of("brand", b.slug(), group != null ? publisher(group) : b.name(),
                        List.of(b.slug(), b.name())));
            }
            return subjects;
        } catch (RuntimeException e) {
            LOG.warnf("deliveries-service's catalogue could not be read (%s); deliveries figures are proposed without "
                    + "a brand", e.toString());
            return List.of();
        }
    }

    /** A group publishes under its short name: HIMA. */
    private static String publisher(Catalog.Group g) {
        return g.slug().toUpperCase(Locale.ROOT);
    }
}
