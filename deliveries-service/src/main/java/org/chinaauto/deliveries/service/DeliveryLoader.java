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

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.load.FieldReader;
import org.chinaauto.common.load.InputRow;
import org.chinaauto.common.load.InputRows;
import org.chinaauto.common.load.LoadMetrics;
import org.chinaauto.common.load.LoadReport;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.version.VersionWriter;
import org.chinaauto.common.version.Publication;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryKey;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.view.DeliveryRow;

/**
 * Bulk loads of deliveries: the whole batch is validated first (every bad line and field reported, nothing
 * written; a subject must be a known brand or group; an inferred publisher needs an attribution note), then
 * written in one transaction. A count is exact unless the row gives a qualifier or a precision. A figure already
 * stored with the same content is left unchanged; one with a different value or provenance is revised,
 * keeping the old version as superseded.
 */
@ApplicationScoped
public class DeliveryLoader {

    public static final Set<String> COLUMNS = new LinkedHashSet<>(DeliveryRow.COLUMNS);
    public static final Set<String> REQUIRED = Set.of("subject", "period", "publisher", "deliveries");
    /** Fields of the JSON view that a load ignores, so that a JSON download can be posted back. */
    static final Set<String> READ_ONLY = Set.of("id", "subject_type", "low", "high", "published_on", "loaded_at",
            "superseded_at");

    @Inject
    DeliveryRepository deliveries;

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
        Set<String> known = new LinkedHashSet<>(COLUMNS);
        known.addAll(READ_ONLY);
        return load(metrics.rejecting(() -> InputRows.fromJson(body, "deliveries", known)));
    }

    @Transactional
    public LoadReport load(List<InputRow> rows) {
        List<Delivery> batch = metrics.rejecting(() -> validate(rows));
        LoadReport report = VersionWriter.write(em, "deliveries-delivery-load", batch,
                b -> deliveries.current(b.stream().map(d -> d.subject).collect(Collectors.toSet()),
                        b.stream().map(d -> d.publisher).collect(Collectors.toSet())),
                deliveries::persist);
        metrics.recorded(report);
        return report;
    }

    private List<Delivery> validate(List<InputRow> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "the batch holds no deliveries");
        }
        Map<String, SubjectKind> kinds = catalog.kinds(rows.stream().map(r -> r.get("subject")).filter(s -> s != null)
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        FieldReader in = new FieldReader();
        Map<DeliveryKey, Integer> seen = new HashMap<>();
        List<Delivery> batch = new java.util.ArrayList<>(rows.size());
        for (InputRow row : rows) {
            in.at(row);
            Delivery d = new Delivery();
            String subject = in.text("subject", true, 100);
            if (subject != null) {
                d.subject = subject.toLowerCase(Locale.ROOT);
                d.subjectKind = kinds.get(d.subject);
                if (d.subjectKind == null) {
                    in.error("subject", "unknown subject '" + subject + "': no brand or group has this slug; create it "
                            + "first with POST /api/brands or POST /api/groups");
                }
            }
            Period period = in.period("period");
            d.publisher = in.text("publisher", true, 100);
            d.deliveries = in.count("deliveries", true);
            d.qualifier = in.enumValue("qualifier", Qualifier.class, false);
            d.precision = in.count("precision", false);
            if (d.precision != null && d.precision == 0) {
                in.error("precision", "must be positive: the unit the deliveries were rounded to, e.g. 1000");
            }
            d.statedYoyPct = in.percent("stated_yoy_pct", false, -100, 100000);
            d.statedMomPct = in.percent("stated_mom_pct", false, -100, 100000);
            d.record = bool(in, row, "record");
            d.notes = in.text("notes", false, 2000);
            Publication.read(in, d);
            d.source = in.text("source", false, 1000);
            if (period != null) {
                d.setPeriod(period);
                if (d.subject != null && d.publisher != null) {
                    Integer first = seen.putIfAbsent(d.key(), row.line());
                    if (first != null) {
                        in.error("period", "the same figure (subject, period, publisher) already appears at line " + first);
                    }
                }
            }
            batch.add(d);
        }
        in.throwIfAny();
        return batch;
    }

    private static boolean bool(FieldReader in, InputRow row, String field) {
        String v = row.get(field);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                in.error(field, "is not true or false: '" + v + "'");
                yield false;
            }
        };
    }
}
