package org.chinaauto.deliveries.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.chinaauto.common.view.Numbers;
import org.chinaauto.deliveries.delivery.Delivery;

/**
 * A delivery figure in the bulk-load format, column for column: what GET /api/deliveries returns as CSV,
 * so that a download can be loaded again unchanged.
 */
@JsonPropertyOrder({ "subject", "period", "publisher", "deliveries", "qualifier", "precision", "stated_yoy_pct",
        "stated_mom_pct", "record", "notes", "published", "attribution", "attribution_note", "source" })
public record DeliveryRow(String subject, String period, String publisher, String deliveries, String qualifier,
        String precision, String statedYoyPct, String statedMomPct, String record, String notes, String published,
        String attribution, String attributionNote, String source) {

    /** The columns a load accepts, in order. */
    public static final List<String> COLUMNS = List.of(DeliveryRow.class.getAnnotation(JsonPropertyOrder.class).value());

    public static DeliveryRow of(Delivery d) {
        return new DeliveryRow(d.subject, d.period().toString(), d.publisher, d.deliveries.toString(),
                Numbers.lower(d.qualifier), d.precision == null ? null : d.precision.toString(),
                Numbers.plain(d.statedYoyPct), Numbers.plain(d.statedMomPct), Boolean.toString(d.record), d.notes,
                d.published, Numbers.lower(d.attribution), d.attributionNote, d.source);
    }
}
