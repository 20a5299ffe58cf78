package org.chinaauto.deliveries.input;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.data.load.column.Cell;
import org.chinaauto.data.load.column.Count;
import org.chinaauto.data.load.column.Decimal;
import org.chinaauto.data.load.column.Form;
import org.chinaauto.data.load.column.OneOf;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.deliveries.delivery.Delivery;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A delivery figure in the bulk-load format, column for column: what GET /api/deliveries returns as CSV, so that a
 * download can be loaded again unchanged, and what a load binds each CSV line or JSON item to. Each column's rules
 * are its constraints; the rules that span columns (a known subject, a note for an inferred publisher, a report for
 * a quote) are DeliveryLoader's row check.
 */
@JsonPropertyOrder({ "subject", "period", "publisher", "deliveries", "qualifier", "precision", "stated_as", "status",
        "stated_yoy_pct", "stated_mom_pct", "record", "notes", "published", "attribution", "attribution_note",
        "source", "report_id", "quote" })
public record DeliveryRow(
        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String subject,
        @NotBlank(message = "is required: " + Period.FORMS) @Cell(Form.PERIOD) String period,
        @NotBlank(message = "is required") @Cell(Form.CODE) String publisher,
        @Count String deliveries,
        @OneOf(Qualifier.class) String qualifier,
        @Count(min = 1, range = "must be positive: the unit the deliveries were rounded to, e.g. 1000") String precision,
        @Size(max = 200, message = "is longer than {max} characters") String statedAs,
        @OneOf(FigureStatus.class) String status,
        @Decimal(min = "-100", max = "100000", what = "a percentage") String statedYoyPct,
        @Decimal(min = "-100", max = "100000", what = "a percentage") String statedMomPct,
        @Cell(Form.TRUE_FALSE) String record,
        @Size(max = 2000, message = "is longer than {max} characters") String notes,
        @Cell(Form.PARTIAL_DATE) String published,
        @OneOf(Attribution.class) String attribution,
        @Size(max = 2000, message = "is longer than {max} characters") String attributionNote,
        @Size(max = 1000, message = "is longer than {max} characters") String source,
        @Count(min = 1, unit = "", range = ReportQuote.REPORT_ID_RANGE) String reportId,
        @Size(max = ReportQuote.QUOTE_MAX, message = "is longer than {max} characters") String quote) {

    public static DeliveryRow of(Delivery d) {
        return new DeliveryRow(d.subject, d.period().toString(), d.publisher, d.deliveries.toString(),
                Numbers.lower(d.qualifier), d.precision == null ? null : d.precision.toString(), d.statedAs,
                Numbers.lower(d.status), Numbers.plain(d.statedYoyPct), Numbers.plain(d.statedMomPct),
                Boolean.toString(d.record), d.notes, d.published, Numbers.lower(d.attribution), d.attributionNote,
                d.source, Objects.toString(d.reportId, null), d.quote);
    }
}
