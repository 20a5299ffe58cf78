package org.chinaauto.deliveries.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.PublicationDate;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.data.version.Publication;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.input.TargetRow;

/**
 * Bulk loads of annual targets, through the same streamed pipeline and with the same rules as deliveries: validated
 * as a whole, written all-or-nothing, idempotent, a changed revision kept as a superseded version. A target is a
 * single {@code value} or a {@code low}-{@code high} range; {@code revision} numbers the published revisions of a
 * brand's target for the year in order.
 */
@ApplicationScoped
public class TargetLoader extends CatalogCheckedLoader<TargetRow> {

    static final LoadTarget TARGETS = new LoadTarget("target", "deliveries-target-load", "targets",
            List.of("brand", "year", "revision"),
            List.of("announced", "value", "low", "high", "publisher", "stated_progress", "notes", "source", "published",
                    "attribution", "attribution_note"),
            List.of("published_on"), "revision (brand, year, revision)", "revision");

    TargetLoader() {
        super(TargetRow.class, new Format(Set.of("brand", "year", "revision"), "targets", Set.of()), TARGETS);
    }

    /** The rules that span columns, and the row's values in the order of {@link #TARGETS}' columns. */
    @Override
    Object[] stage(TargetRow row, RowErrors errors, Slugs slugs) {
        Slugs.Named brand = slugs.named("brand", row.brand(), errors);
        if (brand != null && brand.kind() == null) {
            errors.error("brand", "unknown brand '" + brand.given() + "'; create it first with POST /api/brands");
        } else if (brand != null && brand.kind() == SubjectKind.GROUP) {
            errors.error("brand", "'" + brand.given() + "' is a group; targets are set per brand");
        }
        Long value = errors.failed("value") ? null : Cells.count(row.value());
        Long low = errors.failed("low") ? null : Cells.count(row.low());
        Long high = errors.failed("high") ? null : Cells.count(row.high());
        boolean single = Cells.text(row.value()) != null;
        boolean lowGiven = Cells.text(row.low()) != null;
        boolean highGiven = Cells.text(row.high()) != null;
        if (single && (lowGiven || highGiven)) {
            errors.error("value", "give either a single value or a low-high range, not both");
        } else if (!single && (!lowGiven || !highGiven)) {
            errors.error(lowGiven ? "high" : "low", "a target needs a single value, or both low and high");
        } else if (low != null && high != null && low > high) {
            errors.error("high", "must not be below low (" + low + ")");
        }
        Attribution attribution = Cells.oneOf(row.attribution(), Attribution.class);
        String attributionNote = Cells.text(row.attributionNote());
        Publication.check(attribution, attributionNote, errors);
        Long year = errors.failed("year") ? null : Cells.count(row.year());
        Long revision = errors.failed("revision") ? null : Cells.count(row.revision());
        if (brand == null || year == null || revision == null) {
            return null;
        }
        String published = errors.failed("published") ? null : Cells.text(row.published());
        return new Object[] { brand.slug(), year, revision, errors.failed("announced") ? null : Cells.text(row.announced()),
                value, low, high, Cells.text(row.publisher()), Cells.text(row.statedProgress()), Cells.text(row.notes()),
                Cells.text(row.source()), published, attribution == null ? Attribution.NAMED : attribution,
                attributionNote, PublicationDate.effective(published) };
    }
}
