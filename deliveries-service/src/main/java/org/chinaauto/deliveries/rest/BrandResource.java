package org.chinaauto.deliveries.rest;


import java.io.InputStream;
import java.time.Year;
import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.data.load.BodyLimit;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadReport;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.Catalog;
import org.chinaauto.deliveries.service.CatalogLoader;
import org.chinaauto.deliveries.service.HistoryService;
import org.chinaauto.deliveries.service.TargetProgressService;
import org.chinaauto.deliveries.view.BrandHistoryView;
import org.chinaauto.deliveries.view.BrandView;
import org.chinaauto.deliveries.view.TargetProgressView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

@Path("/api/brands")
@Tag(name = "Brands", description = "Brands with their carmakers and group memberships, histories and targets")
public class BrandResource {

    @Inject
    Catalog catalog;

    @Inject
    CatalogLoader loader;

    @Inject
    HistoryService history;

    @Inject
    TargetProgressService targets;

    @Inject
    DeliveriesConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List brands", description = "Brands in slug order, paged (has_more), each with its carmaker and dated group memberships.")
    public Page<BrandView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return catalog.brands(PageRequest.of(page, size, config.page()));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One brand", description = "404 problem when no brand has this slug.")
    public BrandView get(@Parameter(description = "e.g. aito") @PathParam("slug") String slug) {
        return catalog.brand(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create or update brands", description = "A JSON array (or {\"brands\": [...]}) of "
            + "{slug, name, carmaker, memberships: [{group, from, to}]}. memberships, when given, replace the brand's "
            + "memberships; optional fields left out are kept (from/to are months, null when not known/still a member; 'to' is the first month no longer "
            + "counted). Validated as a whole and written all-or-nothing; needs the editor role.")
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport load(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadBrands(BodyLimit.limit(body, length, config.load()));
    }

    @GET
    @Path("/{slug}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Brand history", description = "Deliveries by month with their bounds, month-on-month and "
            + "year-on-year growth computed on the bounds where both months are known, a stated growth beside it judged "
            + "against the computed range (inside, or outside and flagged), and all-time highs (the highest of the "
            + "months known up to then; null when no earlier month is known). from/to default to the first and last "
            + "months known.")
    public BrandHistoryView history(@PathParam("slug") String slug,
            @Parameter(description = "first month, e.g. 2025-01") @QueryParam("from") YearMonth from,
            @Parameter(description = "last month, e.g. 2025-11") @QueryParam("to") YearMonth to,
            @Parameter(description = "only this publisher's figures") @QueryParam("publisher") Code publisher,
            @BeanParam SnapshotParams snapshot) {
        return history.history(slug, from, to, Code.text(publisher),
                snapshot.snapshot());
    }

    @GET
    @Path("/{slug}/targets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress against the annual target", description = "Every revision of the target as "
            + "published, the latest as current, and deliveries from January to the latest month known. When no month "
            + "is missing: deliveries to date, progress in percent of the target and the monthly rate still needed, "
            + "all on bounds; when months are missing only delivered_at_least (the months known) with the months "
            + "missing, and no percentage. year defaults to the latest year with a target.")
    public TargetProgressView targets(@PathParam("slug") String slug,
            @Parameter(description = "e.g. 2025", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") Year year,
            @BeanParam SnapshotParams snapshot) {
        return targets.progress(slug, year == null ? null : year.getValue(), snapshot.snapshot());
    }
}
