package org.chinaauto.exports.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;
import org.chinaauto.data.feed.FeedColumns;
import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowCheck;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.StagedCheck;
import org.chinaauto.data.load.StatedValue;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.version.Publication;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.input.FigureRow;

/**
 * Bulk loads through the suite's streamed pipeline: each row is bound to a {@link FigureRow} (its columns' rules are
 * the record's constraints) and checked here for the rules that span columns (a value left out is read from
 * stated_as, see {@link StatedValue}; a quote needs its report, see {@link ReportQuote}); the batch is staged with COPY, checked against what is stored (country values
 * may not add up to more than the world total, see {@link BreakdownCheck}) and applied in one transaction. A figure
 * already stored with the same content is left unchanged; one with a different value or provenance is revised,
 * keeping the old version as superseded. An invalid batch writes nothing.
 */
@ApplicationScoped
public class FigureLoader extends BulkLoader<FigureRow> {

    static final LoadTarget FIGURES = new LoadTarget("figure", "exports-figure-load", "figures",
            List.of("powertrain", "destination", "publisher", "definition", "period_start", "period_end"),
            List.of("value", "rank", "qualifier", "precision", "stated_as", "reported_yoy_pct", "reported_yoy_qualifier",
                    "stated_growth", "stated_growth_from", "definition_note", "published", "source", "report_id", "quote",
                    "notes", "attribution", "attribution_note", "status"),
            List.of("published_on"), "figure (powertrain, destination, period, publisher, definition)", "period")
            .feeding(new FeedColumns("value", Set.of("powertrain")));

    @Inject
    Destinations destinations;

    @Inject
    BreakdownCheck breakdowns;

    FigureLoader() {
        super(FigureRow.class, new Format(Set.of("powertrain", "destination", "period", "publisher", "definition"),
                "figures", Set.of("id", "unit", "destination_name", "low", "high", "published_on", "loaded_at",
                        "superseded_at")), FIGURES);
    }

    @Override
    protected RowCheck<FigureRow> rowCheck() {
        // the regions the destination column is checked against
        destinations.regions();
        return this::stage;
    }

    @Override
    protected StagedCheck stagedCheck() {
        return breakdowns;
    }

    /** The rules that span columns, and the row's values in the order of {@link #FIGURES}' columns. */
    Object[] stage(FigureRow row, RowErrors errors) {
        Powertrain powertrain = Cells.oneOf(row.powertrain(), Powertrain.class);
        String destination = errors.failed("destination") ? null : destinations.canonical(row.destination());
        Period period = period(row.period(), "period", errors);
        String publisher = errors.failed("publisher") ? null : Cells.text(row.publisher());
        String definition = errors.failed("definition") || Cells.text(row.definition()) == null ? null
                : Cells.text(row.definition()).toLowerCase(Locale.ROOT);
        String statedAs = Cells.text(row.statedAs());
        StatedValue stated = StatedValue.ofCount("value", count(row.value(), "value", errors),
                Cells.oneOf(row.qualifier(), Qualifier.class), count(row.precision(), "precision", errors), statedAs,
                errors);
        boolean hasValue = stated.value() != null || Cells.text(row.value()) != null;
        Long rank = count(row.rank(), "rank", errors);
        if (Figure.WORLD.equals(destination)) {
            if (!hasValue) {
                errors.error("value", "is required for the world total; only a destination may be named without one");
            }
            if (rank != null) {
                errors.error("rank", "a rank orders destinations; the world total has none");
            }
        }
        if (!hasValue && Cells.text(row.qualifier()) != null) {
            errors.error("qualifier", "qualifies a value; this row has none");
        }
        if (!hasValue && Cells.text(row.precision()) != null) {
            errors.error("precision", "qualifies a value; this row has none");
        }
        String statedGrowthFrom = statedGrowth(row, period, errors);
        Attribution attribution = Cells.oneOf(row.attribution(), Attribution.class);
        String attributionNote = Cells.text(row.attributionNote());
        Publication.check(attribution, attributionNote, errors);
        ReportQuote report = ReportQuote.of(row.reportId(), row.quote(), errors);
        if (powertrain == null || destination == null || period == null || publisher == null || definition == null) {
            return null;
        }
        String published = errors.failed("published") ? null : Cells.text(row.published());
        return new Object[] { powertrain, destination, publisher, definition, period.start().atDay(1),
                period.end().atDay(1), stated.count(), rank, stated.qualifier(), stated.countPrecision(), statedAs,
                errors.failed("reported_yoy_pct") ? null : Cells.decimal(row.reportedYoyPct()),
                Cells.oneOf(row.reportedYoyQualifier(), Qualifier.class), Cells.text(row.statedGrowth()),
                statedGrowthFrom, Cells.text(row.definitionNote()), published, Cells.text(row.source()),
                report.reportId(), report.quote(), Cells.text(row.notes()), attribution == null ? Attribution.NAMED : attribution, attributionNote,
                Cells.status(row.status()), PublicationDate.effective(published) };
    }

    /**
     * A growth the report describes in words ("nearly fivefold") and the period it starts from, both or neither,
     * the period before the figure's; returns the period as stored.
     */
    private static String statedGrowth(FigureRow row, Period period, RowErrors errors) {
        boolean growth = Cells.text(row.statedGrowth()) != null;
        boolean fromGiven = Cells.text(row.statedGrowthFrom()) != null;
        Period from = period(row.statedGrowthFrom(), "stated_growth_from", errors);
        if (growth && !fromGiven) {
            errors.error("stated_growth_from", "is required with stated_growth: the period the growth starts from");
        } else if (!growth && fromGiven) {
            errors.error("stated_growth", "is required with stated_growth_from: the growth as the report describes it");
        } else if (from != null && period != null && !from.start().isBefore(period.start())) {
            errors.error("stated_growth_from", "must start before the figure's period " + period);
        }
        return from == null ? null : from.toString();
    }

    private static Period period(String text, String field, RowErrors errors) {
        return errors.failed(field) || Cells.text(text) == null ? null : Period.parse(Cells.text(text), field);
    }

    /** A count column that passed its constraints, as stored. */
    private static Long count(String text, String field, RowErrors errors) {
        return errors.failed(field) ? null : Cells.count(text);
    }
}
