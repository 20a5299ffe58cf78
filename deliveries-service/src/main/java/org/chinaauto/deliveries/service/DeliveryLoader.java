package org.chinaauto.deliveries.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;
import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.version.Publication;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.input.DeliveryRow;
import org.chinaauto.deliveries.input.column.TrueFalse;

/**
 * Bulk loads of deliveries through the suite's streamed pipeline: each row is bound to a {@link DeliveryRow} (its
 * columns' rules are the record's constraints) and checked here for the rules that span columns (the subject must be
 * a known brand or group; an inferred publisher needs an attribution note); the batch is staged with COPY and applied
 * in one transaction. A count is exact unless the row gives a qualifier or a precision. A figure already stored with
 * the same content is left unchanged; one with a different value or provenance is revised, keeping the old version as
 * superseded. An invalid batch writes nothing.
 */
@ApplicationScoped
public class DeliveryLoader extends BulkLoader<DeliveryRow> {

    static final Format FORMAT = new Format(DeliveryRow.COLUMNS, Set.of("subject", "period", "publisher", "deliveries"), "deliveries",
            Set.of("id", "subject_type", "low", "high", "published_on", "loaded_at",
            "superseded_at"));

    static final LoadTarget DELIVERIES = new LoadTarget("delivery", "deliveries-delivery-load", "deliveries",
            List.of("subject", "period_start", "period_end", "publisher"),
            List.of("deliveries", "qualifier", "precision", "stated_yoy_pct", "stated_mom_pct", "record", "notes",
                    "source", "published", "attribution", "attribution_note"),
            List.of("subject_kind", "published_on"), "figure (subject, period, publisher)", "period");

    @Inject
    Catalog catalog;

    @Override
    protected Format format() {
        return FORMAT;
    }

    @Override
    protected LoadPipeline<DeliveryRow> pipeline() {
        Map<String, SubjectKind> subjects = catalog.kinds();
        return new LoadPipeline<>(em, validator, DeliveryRow.class, DELIVERIES,
                (row, errors) -> stage(row, errors, subjects));
    }

    /**
     * The rules that span columns, and the row's values in the order of {@link #DELIVERIES}' columns.
     *
     * @param subjects every brand and group slug, with what it names
     */
    static Object[] stage(DeliveryRow row, RowErrors errors, Map<String, SubjectKind> subjects) {
        String given = errors.failed("subject") ? null : Cells.text(row.subject());
        String subject = given == null ? null : given.toLowerCase(Locale.ROOT);
        SubjectKind kind = subject == null ? null : subjects.get(subject);
        if (subject != null && kind == null) {
            errors.error("subject", "unknown subject '" + given + "': no brand or group has this slug; create it "
                    + "first with POST /api/brands or POST /api/groups");
        }
        Period period = errors.failed("period") ? null : Period.parse(Cells.text(row.period()), "period");
        String publisher = errors.failed("publisher") ? null : Cells.text(row.publisher());
        Attribution attribution = Cells.oneOf(row.attribution(), Attribution.class);
        String attributionNote = Cells.text(row.attributionNote());
        Publication.check(attribution, attributionNote, errors);
        if (subject == null || period == null || publisher == null) {
            return null;
        }
        String published = errors.failed("published") ? null : Cells.text(row.published());
        return new Object[] { subject, period.start().atDay(1), period.end().atDay(1), publisher,
                errors.failed("deliveries") ? null : Cells.count(row.deliveries()),
                Cells.oneOf(row.qualifier(), Qualifier.class),
                errors.failed("precision") ? null : Cells.count(row.precision()),
                errors.failed("stated_yoy_pct") ? null : Cells.decimal(row.statedYoyPct()),
                errors.failed("stated_mom_pct") ? null : Cells.decimal(row.statedMomPct()),
                TrueFalse.Check.value(row.record()), Cells.text(row.notes()), Cells.text(row.source()), published,
                attribution == null ? Attribution.NAMED : attribution, attributionNote, kind,
                PublicationDate.effective(published) };
    }
}
