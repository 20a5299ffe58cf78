package org.chinaauto.deliveries.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import java.io.InputStream;

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
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.data.load.BodyLimit;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadReport;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.Catalog;
import org.chinaauto.deliveries.service.CatalogLoader;
import org.chinaauto.deliveries.service.RollupService;
import org.chinaauto.deliveries.view.GroupView;
import org.chinaauto.deliveries.view.RollupView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

@Path("/api/groups")
@Tag(name = "Groups", description = "Brand groups and alliances (HIMA, led by Huawei) with dated membership")
public class GroupResource {

    @Inject
    Catalog catalog;

    @Inject
    CatalogLoader loader;

    @Inject
    RollupService rollups;

    @Inject
    DeliveriesConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List groups", description = "Groups in slug order, paged (has_more), each with its leader, notes and dated members.")
    public Page<GroupView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return catalog.groups(PageRequest.of(page, size, config.page()));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One group", description = "404 problem when no group has this slug.")
    public GroupView get(@Parameter(description = "e.g. hima") @PathParam("slug") String slug) {
        return catalog.group(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create or update groups", description = "A JSON array (or {\"groups\": [...]}) of "
            + "{slug, name, leader, notes, members: [{brand, from, to}]}. members, when given, replace the group's "
            + "memberships (the brands must exist); optional fields left out are kept. Validated as a whole and written all-or-nothing; needs the editor role.")
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport load(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadGroups(BodyLimit.limit(body, length, config.load()));
    }

    @GET
    @Path("/{slug}/rollup")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Group roll-up", description = "The group's own reported total, the sum of the members "
            + "with figures (attributed), the not-attributed remainder and members' shares, all on bounds; a reported "
            + "total certainly below the sum of its members is flagged inconsistent. Brands count only for months they "
            + "were members.")
    public RollupView rollup(@PathParam("slug") String slug,
            @Parameter(description = "2025-11, 2025-Q3, 2025 or 2025-01/2025-11", required = true) @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshot) {
        return rollups.rollup(slug, required(period, "period"), snapshot.snapshot());
    }
}
