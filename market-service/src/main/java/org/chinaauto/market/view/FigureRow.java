package org.chinaauto.market.view;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.plain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.chinaauto.market.figure.Figure;

/**
 * A figure in the bulk-load format, column for column: what GET /api/figures returns as CSV, so that a
 * download can be loaded again unchanged.
 */
@JsonPropertyOrder({ "measure", "segment", "period", "publisher", "value", "qualifier", "precision", "stated_as",
        "reported_yoy_pct", "reported_yoy_qualifier", "definition", "published", "source", "attribution",
        "attribution_note", "notes" })
public record FigureRow(String measure, String segment, String period, String publisher, String value,
        String qualifier, String precision, String statedAs, String reportedYoyPct, String reportedYoyQualifier,
        String definition, String published, String source, String attribution, String attributionNote,
        String notes) {

    /** The columns a load accepts, in order. */
    public static final List<String> COLUMNS = List.of(FigureRow.class.getAnnotation(JsonPropertyOrder.class).value());

    public static FigureRow of(Figure f) {
        return new FigureRow(lower(f.measure), lower(f.segment), f.period().toString(), f.publisher, plain(f.value),
                lower(f.qualifier), plain(f.precision), f.statedAs, plain(f.reportedYoyPct), lower(f.reportedYoyQualifier),
                f.definition, f.published, f.source, lower(f.attribution), f.attributionNote, f.notes);
    }
}
