package org.chinaauto.market.service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.chinaauto.common.version.Publication;
import org.chinaauto.common.version.VersionWriter;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.FigureKey;
import org.chinaauto.market.figure.FigureRepository;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.view.FigureRow;

/**
 * Bulk loads: the whole batch is validated first (every bad line and field reported, nothing written), then
 * written in one transaction. A figure already stored with the same content is left unchanged; one with a
 * different value or provenance is revised, keeping the old version as superseded.
 */
@ApplicationScoped
public class FigureLoader {

    public static final Set<String> COLUMNS = new LinkedHashSet<>(FigureRow.COLUMNS);
    public static final Set<String> REQUIRED = Set.of("measure", "segment", "period", "publisher", "value");
    /** Fields of the JSON view that a load ignores, so that a JSON download can be posted back. */
    static final Set<String> READ_ONLY = Set.of("id", "unit", "low", "high", "published_on", "loaded_at",
            "superseded_at");

    @Inject
    FigureRepository figures;

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
        return load(metrics.rejecting(() -> InputRows.fromJson(body, "figures", known)));
    }

    @Transactional
    public LoadReport load(List<InputRow> rows) {
        List<Figure> batch = metrics.rejecting(() -> validate(rows));
        LoadReport report = VersionWriter.write(em, "market-figure-load", batch,
                b -> figures.current(b.stream().map(f -> f.measure).collect(Collectors.toSet()),
                        b.stream().map(f -> f.segment).collect(Collectors.toSet()),
                        b.stream().map(f -> f.publisher).collect(Collectors.toSet())),
                figures::persist);
        metrics.recorded(report);
        return report;
    }

    private static List<Figure> validate(List<InputRow> rows) {
        FieldReader in = new FieldReader();
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "the batch holds no figures");
        }
        Map<FigureKey, Integer> seen = new HashMap<>();
        List<Figure> batch = new ArrayList<>(rows.size());
        for (InputRow row : rows) {
            in.at(row);
            Figure f = new Figure();
            f.measure = in.enumValue("measure", Measure.class, true);
            f.segment = in.enumValue("segment", Segment.class, true);
            Period period = in.period("period");
            f.publisher = in.text("publisher", true, 100);
            if (f.measure == Measure.SALES_SHARE) {
                f.value = in.percent("value", true, 0, 100);
            } else {
                Long count = in.count("value", true);
                f.value = count == null ? null : BigDecimal.valueOf(count);
            }
            f.qualifier = in.enumValue("qualifier", Qualifier.class, false);
            f.precision = in.decimal("precision", false);
            if (f.precision != null && f.precision.signum() <= 0) {
                in.error("precision", "must be positive: the unit the value was rounded to, e.g. 10000 for 31.23 million");
            }
            f.statedAs = in.text("stated_as", false, 200);
            f.reportedYoyPct = in.percent("reported_yoy_pct", false, -100, 100000);
            f.reportedYoyQualifier = in.enumValue("reported_yoy_qualifier", Qualifier.class, false);
            f.definition = in.text("definition", false, 1000);
            f.source = in.text("source", false, 1000);
            f.notes = in.text("notes", false, 2000);
            Publication.read(in, f);
            if (f.measure == Measure.SALES_SHARE && f.segment == Segment.ALL) {
                in.error("segment", "a sales share is the share of a segment in all-vehicle sales; 'all' is not a segment of itself");
            }
            if (period != null) {
                f.setPeriod(period);
                if (f.measure != null && f.segment != null && f.publisher != null) {
                    Integer first = seen.putIfAbsent(f.key(), row.line());
                    if (first != null) {
                        in.error("period", "the same figure (measure, segment, period, publisher) already appears at line "
                                + first);
                    }
                }
            }
            batch.add(f);
        }
        in.throwIfAny();
        return batch;
    }
}
