package org.chinaauto.exports.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.service.ReconciliationService;
import org.chinaauto.exports.view.ExportsOverview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/overview")
@Tag(name = "Analysis", description = "Growth, destinations, NEV share and reconciliation of publishers")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    private final ReconciliationService reconciliation;

    public OverviewResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @Operation(summary = "Exports for a market overview", description = "The reconciliation of every publisher's world "
            + "exports for the period, for all vehicles (all) and for NEVs (nev), in one answer: what the gateway's "
            + "market overview shows of exports.")
    public ExportsOverview overview(
            @Parameter(description = "e.g. 2025-11 or 2025-01/2025-11", required = true) @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshotParams) {
        Period p = required(period, "period");
        Snapshot snapshot = snapshotParams.snapshot();
        return new ExportsOverview(reconciliation.reconciliation(p, Powertrain.ALL, Figure.WORLD, snapshot),
                reconciliation.reconciliation(p, Powertrain.NEV, Figure.WORLD, snapshot));
    }
}
