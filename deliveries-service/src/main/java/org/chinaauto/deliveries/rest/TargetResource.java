package org.chinaauto.deliveries.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.data.load.BodyLimit;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadReport;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.TargetLoader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

@Path("/api/targets")
@Tag(name = "Targets", description = "Annual deliveries targets of brands, a value or a range, with revisions")
public class TargetResource {

    private static final String DESCRIPTION = "Columns brand, year, revision (1 for the first published target, 2 for "
            + "its first revision, ...), announced (YYYY-MM or YYYY-MM-DD, when known), value (a single target) or low "
            + "and high (a range), publisher, stated_progress (a publisher's own statement, e.g. reached ahead of "
            + "schedule), notes, published (the date of the report that gave it, YYYY-MM or YYYY-MM-DD), attribution (named, "
            + "the default, or inferred), attribution_note (required when inferred), source. Validated as a whole, "
            + "written all-or-nothing, idempotent; a changed revision keeps the old version for asOf and vintage "
            + "queries. Needs the editor role. Progress: GET /api/brands/{slug}/targets.";

    @Inject
    TargetLoader loader;

    @Inject
    DeliveriesConfig config;

    @POST
    @Consumes(CsvResponse.TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Bulk load targets from CSV", description = DESCRIPTION)
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport loadCsv(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadCsv(BodyLimit.limit(body, length, config.load()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Bulk load targets from JSON", description = "A JSON array (or {\"targets\": [...]}) of objects "
            + "with the CSV column names as fields. " + DESCRIPTION)
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport loadJson(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadJson(BodyLimit.limit(body, length, config.load()));
    }
}
