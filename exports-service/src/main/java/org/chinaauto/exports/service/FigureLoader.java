package org.chinaauto.exports.service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.load.FieldReader;
import org.chinaauto.common.load.InputRow;
import org.chinaauto.common.load.InputRows;
import org.chinaauto.common.load.LoadMetrics;
import org.chinaauto.common.load.LoadReport;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.version.Publication;
import org.chinaauto.common.version.VersionWriter;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureKey;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.view.FigureRow;

/**
 * Bulk loads: the whole batch is validated first (every bad line and field reported, nothing written), then
 * checked against what is stored (country values may not add up to more than the world total), then written
 * in one transaction. A figure already stored with the same content is left unchanged; one with a different
 * value or provenance is revised, keeping the old version as superseded.
 */
@ApplicationScoped
public class FigureLoader {

    public static final Set<String> COLUMNS = new LinkedHashSet<>(FigureRow.COLUMNS);
    public static final Set<String> REQUIRED = Set.of("powertrain", "destination", "period", "publisher", "definition");
    /** Fields of the JSON view that a load ignores, so that a JSON download can be posted back. */
    static final Set<String> READ_ONLY = Set.of("id", "unit", "destination_name", "low", "high", "published_on",
            "loaded_at", "superseded_at");
    private static final Pattern DEFINITION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    @Inject
    EntityManager em;

    @Inject
    LoadMetrics metrics;

    /** A validated figure and the line (or JSON position) it came from. */
    record Staged(Figure figure, int line) {
    }

    /** The figures whose destinations break down one world total. */
    record Breakdown(Powertrain powertrain, String publisher, String definition, Period period) {

        static Breakdown of(Figure f) {
            return new Breakdown(f.powertrain, f.publisher, f.definition, f.period());
        }
    }

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
        List<Staged> staged = metrics.rejecting(() -> validate(rows));
        LoadReport report = VersionWriter.write(em, "exports-figure-load",
                staged.stream().map(Staged::figure).toList(), batch -> {
                    List<Figure> current = figures.current(batch.stream().map(f -> f.publisher).collect(Collectors.toSet()),
                            batch.stream().map(f -> f.definition).collect(Collectors.toSet()));
                    // checked under the write's lock, against the versions it compares with
                    metrics.rejecting(() -> checkBreakdowns(staged, current));
                    return current;
                }, figures::persist);
        metrics.recorded(report);
        return report;
    }

    private List<Staged> validate(List<InputRow> rows) {
        FieldReader in = new FieldReader();
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "the batch holds no figures");
        }
        Map<FigureKey, Integer> seen = new HashMap<>();
        List<Staged> batch = new ArrayList<>(rows.size());
        for (InputRow row : rows) {
            in.at(row);
            Figure f = new Figure();
            f.powertrain = in.enumValue("powertrain", Powertrain.class, true);
            String destination = in.text("destination", true, 100);
            if (destination != null) {
                f.destination = destinations.canonical(destination);
                if (f.destination == null) {
                    in.error("destination", destinations.unknown(destination));
                }
            }
            Period period = in.period("period");
            f.publisher = in.text("publisher", true, 100);
            String definition = in.text("definition", true, 60);
            if (definition != null) {
                f.definition = definition.toLowerCase(Locale.ROOT);
                if (!DEFINITION.matcher(f.definition).matches()) {
                    in.error("definition", "must be a short code of lower-case words joined by hyphens, e.g. "
                            + "caam-exports or customs-incl-chassis; describe it in definition_note");
                }
            }
            f.value = in.count("value", false);
            Long rank = in.count("rank", false);
            if (rank != null && (rank < 1 || rank > 10_000)) {
                in.error("rank", "must be between 1 and 10000");
            } else if (rank != null) {
                f.rank = rank.intValue();
            }
            if (Figure.WORLD.equals(f.destination)) {
                if (row.get("value") == null) {
                    in.error("value", "is required for the world total; only a destination may be named without one");
                }
                if (rank != null) {
                    in.error("rank", "a rank orders destinations; the world total has none");
                }
            }
            f.qualifier = in.enumValue("qualifier", Qualifier.class, false);
            f.precision = in.count("precision", false);
            if (f.precision != null && f.precision <= 0) {
                in.error("precision", "must be positive: the unit the value was rounded to, e.g. 10000 for 6.41 million");
            }
            if (row.get("value") == null) {
                for (String field : List.of("qualifier", "precision")) {
                    if (row.get(field) != null) {
                        in.error(field, "qualifies a value; this row has none");
                    }
                }
            }
            f.statedAs = in.text("stated_as", false, 200);
            f.reportedYoyPct = in.percent("reported_yoy_pct", false, -100, 100000);
            f.reportedYoyQualifier = in.enumValue("reported_yoy_qualifier", Qualifier.class, false);
            readStatedGrowth(in, row, f, period);
            f.definitionNote = in.text("definition_note", false, 1000);
            Publication.read(in, f);
            f.source = in.text("source", false, 1000);
            f.notes = in.text("notes", false, 2000);
            if (period != null) {
                f.setPeriod(period);
                if (f.powertrain != null && f.destination != null && f.publisher != null && f.definition != null) {
                    Integer first = seen.putIfAbsent(f.key(), row.line());
                    if (first != null) {
                        in.error("period", "the same figure (powertrain, destination, period, publisher, definition) "
                                + "already appears at line " + first);
                    }
                }
            }
            batch.add(new Staged(f, row.line()));
        }
        in.throwIfAny();
        return batch;
    }

    /** A growth the report describes in words ("nearly fivefold") and the period it starts from, both or neither. */
    private static void readStatedGrowth(FieldReader in, InputRow row, Figure f, Period period) {
        f.statedGrowth = in.text("stated_growth", false, 200);
        Period from = row.get("stated_growth_from") == null ? null : in.period("stated_growth_from");
        f.statedGrowthFrom = from == null ? null : from.toString();
        if (f.statedGrowth != null && row.get("stated_growth_from") == null) {
            in.error("stated_growth_from", "is required with stated_growth: the period the growth starts from");
        } else if (f.statedGrowth == null && row.get("stated_growth_from") != null) {
            in.error("stated_growth", "is required with stated_growth_from: the growth as the report describes it");
        } else if (from != null && period != null && !from.start().isBefore(period.start())) {
            in.error("stated_growth_from", "must start before the figure's period " + period);
        }
    }

    /**
     * For every breakdown the batch touches, the country values (from the batch, else as stored) must not add up to
     * more than the world total (from the batch, else as stored), and no single destination may exceed it. Checked on
     * the bounds: a breakdown is rejected only when it certainly exceeds the total, i.e. when the lowest value its
     * parts can have is above the highest the total can have (a world total "over" a value with no stated precision
     * has no upper bound and rejects nothing). Regions are not summed: they overlap countries and each other.
     */
    private Void checkBreakdowns(List<Staged> batch, List<Figure> current) {
        Map<Breakdown, Map<String, Figure>> merged = new LinkedHashMap<>();
        Map<Figure, Integer> lines = new HashMap<>();
        for (Staged s : batch) {
            merged.computeIfAbsent(Breakdown.of(s.figure()), k -> new TreeMap<>());
            lines.put(s.figure(), s.line());
        }
        for (Figure f : current) {
            Map<String, Figure> parts = merged.get(Breakdown.of(f));
            if (parts != null) {
                parts.put(f.destination, f);
            }
        }
        for (Staged s : batch) {
            merged.get(Breakdown.of(s.figure())).put(s.figure().destination, s.figure());
        }
        List<FieldError> errors = new ArrayList<>();
        for (var entry : merged.entrySet()) {
            Map<String, Figure> parts = entry.getValue();
            Figure world = parts.get(Figure.WORLD);
            Estimate total = world == null ? null : world.observed();
            if (total == null || total.high() == null) {
                continue;
            }
            BigDecimal limit = total.high();
            String worldText = "the " + Figure.WORLD + " total " + world.value + " (at most " + Numbers.plain(limit)
                    + ")" + (lines.containsKey(world) ? " at line " + lines.get(world)
                            : " already stored (figure " + world.id + ")");
            Breakdown b = entry.getKey();
            String of = " for " + b.period() + ", " + Numbers.lower(b.powertrain()) + ", " + b.publisher() + ", "
                    + b.definition();
            List<Estimate> values = new ArrayList<>();
            List<Figure> countries = new ArrayList<>();
            for (Figure f : parts.values()) {
                Estimate e = f.observed();
                if (e == null || f.isWorld()) {
                    continue;
                }
                if (exceeds(e, limit) && lines.containsKey(f)) {
                    errors.add(new FieldError(lines.get(f), "value", "destination " + f.destination + " (" + f.value
                            + ") exceeds " + worldText + of));
                }
                if (destinations.kind(f.destination) == Destinations.Kind.COUNTRY) {
                    values.add(e);
                    countries.add(f);
                }
            }
            Estimate sum = Estimate.sum(values);
            if (exceeds(sum, limit)) {
                String message = "the country values" + of + " add up to at least " + Numbers.plain(sum.low())
                        + ", more than " + worldText + "; the parts of a breakdown cannot exceed the world total";
                List<Integer> offending = countries.stream().filter(lines::containsKey).map(lines::get).toList();
                if (offending.isEmpty() || lines.containsKey(world)) {
                    errors.add(new FieldError(lines.get(world), "value", message));
                }
                offending.forEach(line -> errors.add(new FieldError(line, "value", message)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("A destination breakdown exceeds its world total; nothing was written",
                    errors);
        }
        return null;
    }

    /** True when the value is certainly above the limit: even its lowest possible value is. */
    private static boolean exceeds(Estimate value, BigDecimal limit) {
        return value.low() != null && value.low().compareTo(limit) > 0;
    }
}
