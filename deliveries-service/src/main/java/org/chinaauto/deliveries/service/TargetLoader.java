package org.chinaauto.deliveries.service;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.common.load.FieldReader;
import org.chinaauto.common.load.InputRow;
import org.chinaauto.common.load.InputRows;
import org.chinaauto.common.load.LoadMetrics;
import org.chinaauto.common.load.LoadReport;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.version.VersionWriter;
import org.chinaauto.common.version.Publication;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.target.Target;
import org.chinaauto.deliveries.target.TargetKey;
import org.chinaauto.deliveries.target.TargetRepository;

/**
 * Bulk loads of annual targets, with the same rules as deliveries: validated as a whole, written
 * all-or-nothing, idempotent, a changed revision kept as a superseded version. A target is a single
 * {@code value} or a {@code low}-{@code high} range; {@code revision} numbers the published revisions of a
 * brand's target for the year in order.
 */
@ApplicationScoped
public class TargetLoader {

    public static final Set<String> COLUMNS = new LinkedHashSet<>(List.of("brand", "year", "revision", "announced",
            "value", "low", "high", "publisher", "stated_progress", "notes", "published", "attribution", "attribution_note",
            "source"));
    public static final Set<String> REQUIRED = Set.of("brand", "year", "revision");

    @Inject
    TargetRepository targets;

    @Inject
    Catalog catalog;

    @Inject
    EntityManager em;

    @Inject
    LoadMetrics metrics;

    @Transactional
    public LoadReport loadCsv(InputStream body) {
        return load(metrics.rejecting(() -> InputRows.fromCsv(body, COLUMNS, REQUIRED)));
    }

    @Transactional
    public LoadReport loadJson(InputStream body) {
        return load(metrics.rejecting(() -> InputRows.fromJson(body, "targets", COLUMNS)));
    }

    @Transactional
    public LoadReport load(List<InputRow> rows) {
        List<Target> batch = metrics.rejecting(() -> validate(rows));
        LoadReport report = VersionWriter.write(em, "deliveries-target-load", batch,
                b -> targets.current(b.stream().map(t -> t.brand).collect(Collectors.toSet())), targets::persist);
        metrics.recorded(report);
        return report;
    }

    private List<Target> validate(List<InputRow> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "the batch holds no targets");
        }
        Map<String, SubjectKind> kinds = catalog.kinds(rows.stream().map(r -> r.get("brand")).filter(s -> s != null)
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        FieldReader in = new FieldReader();
        Map<TargetKey, Integer> seen = new HashMap<>();
        List<Target> batch = new java.util.ArrayList<>(rows.size());
        for (InputRow row : rows) {
            in.at(row);
            Target t = new Target();
            String brand = in.text("brand", true, 100);
            if (brand != null) {
                t.brand = brand.toLowerCase(Locale.ROOT);
                SubjectKind kind = kinds.get(t.brand);
                if (kind == null) {
                    in.error("brand", "unknown brand '" + brand + "'; create it first with POST /api/brands");
                } else if (kind == SubjectKind.GROUP) {
                    in.error("brand", "'" + brand + "' is a group; targets are set per brand");
                }
            }
            Long year = in.count("year", true);
            if (year != null && (year < 1900 || year > 2200)) {
                in.error("year", "must be a year between 1900 and 2200, got " + year);
            } else if (year != null) {
                t.year = year.intValue();
            }
            Long revision = in.count("revision", true);
            if (revision != null && (revision < 1 || revision > 1000)) {
                in.error("revision", "must be 1 for the first published target, 2 for its first revision, ...; got " + revision);
            } else if (revision != null) {
                t.revision = revision.intValue();
            }
            t.announced = in.partialDate("announced");
            t.value = positive(in, "value");
            t.low = positive(in, "low");
            t.high = positive(in, "high");
            boolean single = row.get("value") != null;
            if (single && (row.get("low") != null || row.get("high") != null)) {
                in.error("value", "give either a single value or a low-high range, not both");
            } else if (!single && (row.get("low") == null || row.get("high") == null)) {
                in.error(row.get("low") == null ? "low" : "high", "a target needs a single value, or both low and high");
            } else if (t.low != null && t.high != null && t.low > t.high) {
                in.error("high", "must not be below low (" + t.low + ")");
            }
            t.publisher = in.text("publisher", false, 100);
            t.statedProgress = in.text("stated_progress", false, 1000);
            t.notes = in.text("notes", false, 2000);
            Publication.read(in, t);
            t.source = in.text("source", false, 1000);
            if (t.brand != null && t.year != null && t.revision != null) {
                Integer first = seen.putIfAbsent(t.key(), row.line());
                if (first != null) {
                    in.error("revision", "the same revision (brand, year, revision) already appears at line " + first);
                }
            }
            batch.add(t);
        }
        in.throwIfAny();
        return batch;
    }

    private static Long positive(FieldReader in, String field) {
        Long v = in.count(field, false);
        if (v != null && v == 0) {
            in.error(field, "must be positive");
            return null;
        }
        return v;
    }
}
