package org.chinaauto.exports.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.service.DestinationService;
import org.chinaauto.exports.service.GrowthService;
import org.chinaauto.exports.service.NevShareService;
import org.chinaauto.exports.service.ReconciliationService;
import org.chinaauto.exports.view.DestinationsView;
import org.chinaauto.exports.view.GrowthView;
import org.chinaauto.exports.view.NevShareView;
import org.chinaauto.exports.view.ReconciliationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Analysis", description = "Growth, destinations, NEV share and reconciliation of publishers")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    GrowthService growth;

    @Inject
    DestinationService destinationService;

    @Inject
    NevShareService nevShare;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    Destinations destinations;

    @GET
    @Path("/growth")
    @Operation(summary = "Growth between two periods", description = "The multiple (to / from) and the compound annual "
            + "growth rate (whole years only) of one publisher's exports under one definition, between two periods of "
            + "the same length (e.g. 2020 and 2024), each as {value, low, high} on the bounds of both values. Values "
            + "are published or derived. A year apart, yoy judges the growth the publisher stated against the computed "
            + "one; a growth the report describes in words is shown as stated_growth, beside the computed multiple.")
    public GrowthView growth(
            @Parameter(description = "all, nev, bev or phev", example = "nev") @QueryParam("powertrain") @DefaultValue("all") Powertrain powertrain,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") Code destination,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") Code publisher,
            @Parameter(description = "required when the publisher has several definitions") @QueryParam("definition") Code definition,
            @Parameter(description = "the earlier period, e.g. 2020", required = true) @QueryParam("from") Period from,
            @Parameter(description = "the later period, of the same length, e.g. 2024", required = true) @QueryParam("to") Period to,
            @BeanParam SnapshotParams snapshot) {
        return growth.growth(powertrain, destinations.orWorld(destination), Code.text(publisher),
                Code.lower(definition), required(from, "from"), required(to, "to"), snapshot.snapshot());
    }

    @GET
    @Path("/destinations")
    @Operation(summary = "Destinations of a period", description = "Destinations of one publisher's exports under one "
            + "definition. Entries with a value are ranked by it, with their share of the world total of the same "
            + "definition on the bounds; entries with only a stated rank follow in that order; destinations named "
            + "without a value or a rank (listed) come last in name order, without a rank, and ranked is then false. "
            + "not_attributed is the part of the world total that no country accounts for.")
    public DestinationsView destinations(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") Period period,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") Code publisher,
            @Parameter(description = "all, nev, bev or phev", example = "nev") @QueryParam("powertrain") @DefaultValue("all") Powertrain powertrain,
            @Parameter(description = "required when the publisher has several definitions") @QueryParam("definition") Code definition,
            @BeanParam SnapshotParams snapshot) {
        return destinationService.destinations(required(period, "period"), Code.text(publisher),
                powertrain, Code.lower(definition), snapshot.snapshot());
    }

    @GET
    @Path("/nev-share")
    @Operation(summary = "NEV share of exports", description = "NEV exports over all exports of the same publisher "
            + "and the same definition, on the bounds of both. When they were published under different definitions "
            + "both figures are shown, same_definition is false and no share is computed.")
    public NevShareView nevShare(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") Period period,
            @Parameter(description = "e.g. GACC; required when several publishers have figures") @QueryParam("publisher") Code publisher,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") Code destination,
            @Parameter(description = "only this definition") @QueryParam("definition") Code definition,
            @BeanParam SnapshotParams snapshot) {
        return nevShare.nevShare(required(period, "period"), Code.text(publisher), destinations.orWorld(destination),
                Code.lower(definition), snapshot.snapshot());
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "Publishers side by side", description = "Every publisher's figure for the period, powertrain "
            + "and destination with its definition and bounds, and the gap between every two of them (b - a, and in "
            + "percent of a) on their bounds. Figures are never merged; figures is empty when nothing is known for "
            + "the period.")
    public ReconciliationView reconciliation(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") Period period,
            @Parameter(description = "all, nev, bev or phev", example = "nev") @QueryParam("powertrain") @DefaultValue("all") Powertrain powertrain,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") Code destination,
            @BeanParam SnapshotParams snapshot) {
        return reconciliation.reconciliation(required(period, "period"), powertrain,
                destinations.orWorld(destination), snapshot.snapshot());
    }
}
