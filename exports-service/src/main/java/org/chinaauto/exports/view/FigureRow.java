package org.chinaauto.exports.view;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.plain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.chinaauto.exports.figure.Figure;

/**
 * An export figure in the bulk-load format, column for column: what GET /api/figures returns as CSV, so that a
 * download can be loaded again unchanged.
 */
@JsonPropertyOrder({ "powertrain", "destination", "period", "publisher", "definition", "value", "qualifier", "precision",
        "stated_as", "rank", "reported_yoy_pct", "reported_yoy_qualifier", "stated_growth", "stated_growth_from",
        "definition_note", "published", "source", "attribution", "attribution_note", "notes" })
public record FigureRow(String powertrain, String destination, String period, String publisher, String definition,
        String value, String qualifier, String precision, String statedAs, String rank, String reportedYoyPct,
        String reportedYoyQualifier, String statedGrowth, String statedGrowthFrom, String definitionNote,
        String published, String source, String attribution, String attributionNote, String notes) {

    /** The columns a load accepts, in order. */
    public static final List<String> COLUMNS = List.of(FigureRow.class.getAnnotation(JsonPropertyOrder.class).value());

    public static FigureRow of(Figure f) {
        return new FigureRow(lower(f.powertrain), f.destination, f.period().toString(), f.publisher, f.definition,
                text(f.value), lower(f.qualifier), text(f.precision), f.statedAs, text(f.rank), plain(f.reportedYoyPct),
                lower(f.reportedYoyQualifier), f.statedGrowth, f.statedGrowthFrom, f.definitionNote, f.published,
                f.source, lower(f.attribution), f.attributionNote, f.notes);
    }

    static String text(Number n) {
        return n == null ? null : n.toString();
    }
}
