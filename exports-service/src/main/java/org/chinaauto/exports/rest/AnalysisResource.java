package org.chinaauto.exports.rest;

import static org.chinaauto.common.rest.Params.blankToNull;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.chinaauto.common.load.FieldReader;
import org.chinaauto.common.period.AsOf;
import org.chinaauto.common.period.Period;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.service.AnalysisService;
import org.chinaauto.exports.view.DestinationsView;
import org.chinaauto.exports.view.GrowthView;
import org.chinaauto.exports.view.NevShareView;
import org.chinaauto.exports.view.ReconciliationView;

@Path("/api")
@Tag(name = "Analysis", description = "Growth, destinations, NEV share and reconciliation of publishers")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    AnalysisService analysis;

    @Inject
    Destinations destinations;

    @GET
    @Path("/growth")
    @Operation(summary = "Growth between two periods", description = "The multiple (to / from) and the compound annual "
            + "growth rate of one publisher's exports under one definition, between two periods of the same length "
            + "(e.g. 2020 and 2024). Values are published or derived; approximate when either is qualified.")
    public GrowthView growth(
            @Parameter(description = "all, nev, bev or phev (default all)") @QueryParam("powertrain") String powertrain,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") String destination,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") String publisher,
            @Parameter(description = "required when the publisher has several definitions") @QueryParam("definition") String definition,
            @Parameter(description = "the earlier period, e.g. 2020", required = true) @QueryParam("from") String from,
            @Parameter(description = "the later period, of the same length, e.g. 2024", required = true) @QueryParam("to") String to,
            @QueryParam("asOf") String asOf) {
        return analysis.growth(powertrain(powertrain), destination(destination), blankToNull(publisher),
                Params.definition(definition), Period.parse(from, "from"), Period.parse(to, "to"), AsOf.parse(asOf));
    }

    @GET
    @Path("/destinations")
    @Operation(summary = "Destinations of a period", description = "Destinations of one publisher's exports under one "
            + "definition, ranked by value (entries published as a rank only follow, in their stated order), with "
            + "their share of the world total of the same definition when both values exist, and the part of the "
            + "world total that no country accounts for.")
    public DestinationsView destinations(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") String period,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") String publisher,
            @Parameter(description = "all, nev, bev or phev (default all)") @QueryParam("powertrain") String powertrain,
            @Parameter(description = "required when the publisher has several definitions") @QueryParam("definition") String definition,
            @QueryParam("asOf") String asOf) {
        return analysis.destinations(Period.parse(period, "period"), blankToNull(publisher),
                powertrain(powertrain), Params.definition(definition), AsOf.parse(asOf));
    }

    @GET
    @Path("/nev-share")
    @Operation(summary = "NEV share of exports", description = "NEV exports over all exports of the same publisher "
            + "and the same definition. When they were published under different definitions both figures are shown, "
            + "same_definition is false and no share is computed.")
    public NevShareView nevShare(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") String period,
            @Parameter(description = "e.g. GACC; required when several publishers have figures") @QueryParam("publisher") String publisher,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") String destination,
            @Parameter(description = "only this definition") @QueryParam("definition") String definition,
            @QueryParam("asOf") String asOf) {
        return analysis.nevShare(Period.parse(period, "period"), blankToNull(publisher), destination(destination),
                Params.definition(definition), AsOf.parse(asOf));
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "Publishers side by side", description = "Every publisher's figure for the period, powertrain "
            + "and destination with its definition, and the gap between every two of them (b - a). Figures are never "
            + "merged; figures is empty when nothing is known for the period.")
    public ReconciliationView reconciliation(
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") String period,
            @Parameter(description = "all, nev, bev or phev (default all)") @QueryParam("powertrain") String powertrain,
            @Parameter(description = "WORLD (default), a country or a region") @QueryParam("destination") String destination,
            @QueryParam("asOf") String asOf) {
        return analysis.reconciliation(Period.parse(period, "period"), powertrain(powertrain), destination(destination),
                AsOf.parse(asOf));
    }

    private static Powertrain powertrain(String text) {
        return Params.orDefault(FieldReader.parseEnum(text, Powertrain.class, "powertrain"), Powertrain.ALL);
    }

    private String destination(String text) {
        return Params.orDefault(destinations.parse(text, "destination"), Figure.WORLD);
    }
}
