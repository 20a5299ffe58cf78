package org.chinaauto.exports.input;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.plain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import org.chinaauto.exports.figure.DestinationCode;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.Powertrain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An export figure in the bulk-load format, column for column: what GET /api/figures returns as CSV, so that a
 * download can be loaded again unchanged, and what a load binds each CSV line or JSON item to. Each column's rules
 * are its constraints; the rules that span columns are FigureLoader's row check.
 */
@JsonPropertyOrder({ "powertrain", "destination", "period", "publisher", "definition", "value", "qualifier", "precision",
        "stated_as", "status", "rank", "reported_yoy_pct", "reported_yoy_qualifier", "stated_growth",
        "stated_growth_from",
        "definition_note", "published", "source", "report_id", "quote", "attribution", "attribution_note", "notes" })
public record FigureRow(
        @NotBlank(message = "is required") @OneOf(Powertrain.class) String powertrain,
        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters")
        @DestinationCode String destination,
        @NotBlank(message = "is required: " + Period.FORMS) @Cell(Form.PERIOD) String period,
        @NotBlank(message = "is required") @Cell(Form.CODE) String publisher,
        @NotBlank(message = "is required") @Size(max = 60, message = "is longer than {max} characters")
        @Pattern(regexp = "\\s*([A-Za-z0-9]+(-[A-Za-z0-9]+)*)?\\s*", message = "must be a short code of lower-case "
                + "words joined by hyphens, e.g. caam-exports or customs-incl-chassis; describe it in definition_note")
        String definition,
        @Count String value,
        @OneOf(Qualifier.class) String qualifier,
        @Count(min = 1, range = "must be positive: the unit the value was rounded to, e.g. 10000 for 6.41 "
                + "million") String precision,
        @Size(max = 200, message = "is longer than {max} characters") String statedAs,
        @OneOf(FigureStatus.class) String status,
        @Count(min = 1, max = 10_000, unit = "") String rank,
        @Decimal(min = "-100", max = "100000", what = "a percentage") String reportedYoyPct,
        @OneOf(Qualifier.class) String reportedYoyQualifier,
        @Size(max = 200, message = "is longer than {max} characters") String statedGrowth,
        @Cell(Form.PERIOD) String statedGrowthFrom,
        @Size(max = 1000, message = "is longer than {max} characters") String definitionNote,
        @Cell(Form.PARTIAL_DATE) String published,
        @Size(max = 1000, message = "is longer than {max} characters") String source,
        @Count(min = 1, unit = "", range = ReportQuote.REPORT_ID_RANGE) String reportId,
        @Size(max = ReportQuote.QUOTE_MAX, message = "is longer than {max} characters") String quote,
        @OneOf(Attribution.class) String attribution,
        @Size(max = 2000, message = "is longer than {max} characters") String attributionNote,
        @Size(max = 2000, message = "is longer than {max} characters") String notes) {

    public static FigureRow of(Figure f) {
        return new FigureRow(lower(f.powertrain), f.destination, f.period().toString(), f.publisher, f.definition,
                text(f.value), lower(f.qualifier), text(f.precision), f.statedAs, lower(f.status), text(f.rank),
                plain(f.reportedYoyPct),
                lower(f.reportedYoyQualifier), f.statedGrowth, f.statedGrowthFrom, f.definitionNote, f.published,
                f.source, text(f.reportId), f.quote, lower(f.attribution), f.attributionNote, f.notes);
    }

    static String text(Number n) {
        return n == null ? null : n.toString();
    }
}
