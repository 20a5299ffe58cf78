package org.chinaauto.market.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.stated.StatedFigure;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;
import org.chinaauto.data.feed.FeedColumns;
import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowCheck;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.StatedValue;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.version.Publication;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.input.FigureRow;

/**
 * Bulk loads through the suite's streamed pipeline: each row is bound to a {@link FigureRow} (its columns' rules are
 * the record's constraints) and checked here for the rules that span columns (a value left out is read from
 * stated_as, see {@link StatedValue}; a quote needs its report, see {@link ReportQuote}); the batch is staged with COPY and applied in one transaction. A figure already
 * stored with the same content is left unchanged; one with a different value or provenance is revised, keeping the
 * old version as superseded. An invalid batch writes nothing.
 */
@ApplicationScoped
public class FigureLoader extends BulkLoader<FigureRow> {

    static final LoadTarget FIGURES = new LoadTarget("figure", "market-figure-load", "figures",
            List.of("measure", "segment", "publisher", "period_start", "period_end"),
            List.of("value", "qualifier", "precision", "stated_as", "reported_yoy_pct", "reported_yoy_qualifier",
                    "definition", "published", "source", "report_id", "quote", "notes", "attribution", "attribution_note",
                    "status"),
            List.of("published_on"), "figure (measure, segment, period, publisher)", "period")
            .feeding(new FeedColumns("value", Set.of("measure", "segment")));

    FigureLoader() {
        super(FigureRow.class, new Format(Set.of("measure", "segment", "period", "publisher"), "figures",
                Set.of("id", "unit", "low", "high", "published_on", "loaded_at", "superseded_at")), FIGURES);
    }

    @Override
    protected RowCheck<FigureRow> rowCheck() {
        return FigureLoader::stage;
    }

    /** The rules that span columns, and the row's values in the order of {@link #FIGURES}' columns. */
    static Object[] stage(FigureRow row, RowErrors errors) {
        Measure measure = Cells.oneOf(row.measure(), Measure.class);
        Segment segment = Cells.oneOf(row.segment(), Segment.class);
        Period period = errors.failed("period") || Cells.text(row.period()) == null ? null
                : Period.parse(Cells.text(row.period()), "period");
        String publisher = errors.failed("publisher") ? null : Cells.text(row.publisher());
        String statedAs = Cells.text(row.statedAs());
        StatedValue stated = StatedValue.of("value", errors.failed("value") ? null : Cells.decimal(row.value()),
                Cells.oneOf(row.qualifier(), Qualifier.class),
                errors.failed("precision") ? null : Cells.decimal(row.precision()), statedAs,
                measure == Measure.SALES_SHARE ? StatedFigure.Kind.PERCENT : StatedFigure.Kind.LEVEL, errors)
                .required("value", statedAs, errors);
        BigDecimal value = stated.value();
        if (value != null && measure == Measure.SALES_SHARE) {
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.error("value", "must be a percentage between 0 and 100, got " + value.toPlainString());
                value = null;
            }
        } else if (value != null && measure != null) {
            if (value.signum() < 0) {
                errors.error("value", "must not be negative");
                value = null;
            } else if (value.stripTrailingZeros().scale() > 0) {
                errors.error("value", "must be a whole number of vehicles, got " + value.toPlainString());
                value = null;
            }
        }
        if (measure == Measure.SALES_SHARE && segment == Segment.ALL) {
            errors.error("segment", "a sales share is the share of a segment in all-vehicle sales; 'all' is not a "
                    + "segment of itself");
        }
        Attribution attribution = Cells.oneOf(row.attribution(), Attribution.class);
        String attributionNote = Cells.text(row.attributionNote());
        Publication.check(attribution, attributionNote, errors);
        ReportQuote report = ReportQuote.of(row.reportId(), row.quote(), errors);
        if (measure == null || segment == null || period == null || publisher == null) {
            return null;
        }
        String published = errors.failed("published") ? null : Cells.text(row.published());
        return new Object[] { measure, segment, publisher, period.start().atDay(1), period.end().atDay(1),
                value, stated.qualifier(), stated.precision(), statedAs,
                errors.failed("reported_yoy_pct") ? null : Cells.decimal(row.reportedYoyPct()),
                Cells.oneOf(row.reportedYoyQualifier(), Qualifier.class), Cells.text(row.definition()), published,
                Cells.text(row.source()), report.reportId(), report.quote(), Cells.text(row.notes()),
                attribution == null ? Attribution.NAMED : attribution, attributionNote,
                Cells.status(row.status()),
                PublicationDate.effective(published) };
    }
}
