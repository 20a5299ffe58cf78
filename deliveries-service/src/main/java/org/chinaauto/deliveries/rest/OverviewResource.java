package org.chinaauto.deliveries.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.service.RankingService;
import org.chinaauto.deliveries.service.RollupService;
import org.chinaauto.deliveries.view.DeliveriesOverview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/overview")
@Tag(name = "Rankings", description = "Brands or groups ranked by deliveries")
public class OverviewResource {

    private final RankingService rankings;
    private final RollupService rollups;
    private final DeliveriesConfig config;

    public OverviewResource(RankingService rankings, RollupService rollups, DeliveriesConfig config) {
        this.rankings = rankings;
        this.rollups = rollups;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliveries for a market overview", description = "The brand ranking of the period (its first "
            + "page) and the roll-ups of every group, in one answer: what the gateway's market overview shows of "
            + "deliveries.")
    public DeliveriesOverview overview(
            @Parameter(description = "2025-11, 2025-Q3, 2025 or 2025-01/2025-11", required = true) @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshotParams) {
        Period p = required(period, "period");
        Snapshot snapshot = snapshotParams.snapshot();
        return new DeliveriesOverview(
                rankings.ranking(p, SubjectKind.BRAND, null, PageRequest.of(null, null, config.page()), snapshot),
                rollups.rollups(p, snapshot));
    }
}
