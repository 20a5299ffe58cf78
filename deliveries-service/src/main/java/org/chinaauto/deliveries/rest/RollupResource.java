package org.chinaauto.deliveries.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.deliveries.service.RollupService;
import org.chinaauto.deliveries.view.RollupView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rollups")
@Tag(name = "Groups")
public class RollupResource {

    @Inject
    RollupService rollups;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Roll-ups of every group", description = "For each group with a reported total or member "
            + "figures in the period: reported total, attributed, not attributed, inconsistency flag and members' shares, all "
            + "on bounds.")
    public List<RollupView> rollups(
            @Parameter(description = "2025-11, 2025-Q3, 2025 or 2025-01/2025-11", required = true) @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshot) {
        return rollups.rollups(required(period, "period"), snapshot.snapshot());
    }
}
