package org.chinaauto.deliveries.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;
import org.chinaauto.data.feed.FeedColumns;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.StatedValue;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.version.Publication;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.deliveries.input.DeliveryRow;

/**
 * Bulk loads of deliveries through the suite's streamed pipeline: each row is bound to a {@link DeliveryRow} (its
 * columns' rules are the record's constraints) and checked here for the rules that span columns (the subject must be
 * a known brand or group; an inferred publisher needs an attribution note; a quote needs its report, see
 * {@link ReportQuote}); the batch is staged with COPY and applied
 * in one transaction. A count is exact unless the row gives a qualifier or a precision; deliveries left out are read
 * from stated_as ({@link StatedValue}). A figure already stored with the same content is left unchanged; one with a
 * different value or provenance is revised, keeping the old version as superseded. An invalid batch writes nothing.
 */
@ApplicationScoped
public class DeliveryLoader extends CatalogCheckedLoader<DeliveryRow> {

    static final LoadTarget DELIVERIES = new LoadTarget("delivery", "deliveries-delivery-load", "deliveries",
            List.of("subject", "period_start", "period_end", "publisher"),
            List.of("deliveries", "qualifier", "precision", "stated_as", "stated_yoy_pct", "stated_mom_pct", "record",
                    "notes", "source", "report_id", "quote", "published", "attribution", "attribution_note", "status"),
            List.of("subject_kind", "published_on"), "figure (subject, period, publisher)", "period")
            .feeding(new FeedColumns("deliveries", Set.of()));

    DeliveryLoader() {
        super(DeliveryRow.class, new Format(Set.of("subject", "period", "publisher"), "deliveries",
                Set.of("id", "subject_type", "low", "high", "published_on", "loaded_at", "superseded_at")), DELIVERIES);
    }

    /** The rules that span columns, and the row's values in the order of {@link #DELIVERIES}' columns. */
    @Override
    Object[] stage(DeliveryRow row, RowErrors errors, Slugs slugs) {
        Slugs.Named subject = slugs.named("subject", row.subject(), errors);
        if (subject != null && subject.kind() == null) {
            errors.error("subject", "unknown subject '" + subject.given() + "': no brand or group has this slug; "
                    + "create it first with POST /api/brands or POST /api/groups");
        }
        Period period = errors.failed("period") ? null : Period.parse(Cells.text(row.period()), "period");
        String statedAs = Cells.text(row.statedAs());
        StatedValue stated = StatedValue.ofCount("deliveries", count(row.deliveries(), "deliveries", errors),
                Cells.oneOf(row.qualifier(), Qualifier.class), count(row.precision(), "precision", errors), statedAs,
                errors).required("deliveries", statedAs, errors);
        String publisher = errors.failed("publisher") ? null : Cells.text(row.publisher());
        Attribution attribution = Cells.oneOf(row.attribution(), Attribution.class);
        String attributionNote = Cells.text(row.attributionNote());
        Publication.check(attribution, attributionNote, errors);
        ReportQuote report = ReportQuote.of(row.reportId(), row.quote(), errors);
        if (subject == null || period == null || publisher == null) {
            return null;
        }
        String published = errors.failed("published") ? null : Cells.text(row.published());
        return new Object[] { subject.slug(), period.start().atDay(1), period.end().atDay(1), publisher,
                stated.count(), stated.qualifier(), stated.countPrecision(), statedAs,
                errors.failed("stated_yoy_pct") ? null : Cells.decimal(row.statedYoyPct()),
                errors.failed("stated_mom_pct") ? null : Cells.decimal(row.statedMomPct()),
                Cells.flag(row.record()), Cells.text(row.notes()), Cells.text(row.source()),
                report.reportId(), report.quote(), published,
                attribution == null ? Attribution.NAMED : attribution, attributionNote,
                Cells.status(row.status()), subject.kind(), PublicationDate.effective(published) };
    }

    /** A count column that passed its constraints. */
    private static Long count(String text, String field, RowErrors errors) {
        return errors.failed(field) ? null : Cells.count(text);
    }
}
