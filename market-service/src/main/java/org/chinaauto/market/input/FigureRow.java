package org.chinaauto.market.input;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.plain;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.data.load.column.Cell;
import org.chinaauto.data.load.column.Count;
import org.chinaauto.data.load.column.Decimal;
import org.chinaauto.data.load.column.Form;
import org.chinaauto.data.load.column.OneOf;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A figure in the bulk-load format, column for column: what GET /api/figures returns as CSV, so that a download can
 * be loaded again unchanged, and what a load binds each CSV line or JSON item to. Each column's rules are its
 * constraints; the rules that span columns are FigureLoader's row check.
 */
@JsonPropertyOrder({ "measure", "segment", "period", "publisher", "value", "qualifier", "precision", "stated_as",
        "status", "reported_yoy_pct", "reported_yoy_qualifier", "definition", "published", "source", "report_id",
        "quote", "attribution", "attribution_note", "notes" })
public record FigureRow(
        @NotBlank(message = "is required") @OneOf(Measure.class) String measure,
        @NotBlank(message = "is required") @OneOf(Segment.class) String segment,
        @NotBlank(message = "is required: " + Period.FORMS) @Cell(Form.PERIOD) String period,
        @NotBlank(message = "is required") @Cell(Form.CODE) String publisher,
        @Decimal String value,
        @OneOf(Qualifier.class) String qualifier,
        @Decimal(min = "0", minExclusive = true, what = "the unit the value was rounded to (e.g. 10000 for 31.23 million)") String precision,
        @Size(max = 200, message = "is longer than {max} characters") String statedAs,
        @OneOf(FigureStatus.class) String status,
        @Decimal(min = "-100", max = "100000", what = "a percentage") String reportedYoyPct,
        @OneOf(Qualifier.class) String reportedYoyQualifier,
        @Size(max = 1000, message = "is longer than {max} characters") String definition,
        @Cell(Form.PARTIAL_DATE) String published,
        @Size(max = 1000, message = "is longer than {max} characters") String source,
        @Count(min = 1, unit = "", range = ReportQuote.REPORT_ID_RANGE) String reportId,
        @Size(max = ReportQuote.QUOTE_MAX, message = "is longer than {max} characters") String quote,
        @OneOf(Attribution.class) String attribution,
        @Size(max = 2000, message = "is longer than {max} characters") String attributionNote,
        @Size(max = 2000, message = "is longer than {max} characters") String notes) {

    public static FigureRow of(Figure f) {
        return new FigureRow(lower(f.measure), lower(f.segment), f.period().toString(), f.publisher, plain(f.value),
                lower(f.qualifier), plain(f.precision), f.statedAs, lower(f.status), plain(f.reportedYoyPct),
                lower(f.reportedYoyQualifier),
                f.definition, f.published, f.source, Objects.toString(f.reportId, null), f.quote, lower(f.attribution), f.attributionNote, f.notes);
    }
}
