package org.chinaauto.deliveries.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.chinaauto.common.openapi.LoadOperations;
import org.chinaauto.data.rest.BulkLoadResource;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.TargetLoader;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/targets")
@Tag(name = "Targets", description = "Annual deliveries targets of brands, a value or a range, with revisions")
@Extension(name = LoadOperations.ROWS, value = "Columns brand, year, revision (1 for the first published target, 2 "
        + "for its first revision, ...), announced (YYYY-MM or YYYY-MM-DD, when known), value (a single target) or low "
        + "and high (a range), publisher, stated_progress (a publisher's own statement, e.g. reached ahead of "
        + "schedule), notes, published (the date of the report that gave it, YYYY-MM or YYYY-MM-DD), attribution "
        + "(named, the default, or inferred), attribution_note (required when inferred), source. A changed revision "
        + "keeps the old version for asOf and vintage queries. Progress: GET /api/brands/{slug}/targets.")
public class TargetResource extends BulkLoadResource {

    @Inject
    TargetResource(TargetLoader loader, DeliveriesConfig config) {
        super(loader, config.load());
    }
}
