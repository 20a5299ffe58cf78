package org.chinaauto.exports.rest;

import static org.chinaauto.data.rest.Params.code;
import static org.chinaauto.data.rest.Params.oneOf;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.series.SeriesUnits;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.service.SeriesService;
import org.chinaauto.exports.view.SeriesView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/series")
@Tag(name = "Series", description = "Monthly series with FRED-style transformations")
public class SeriesResource {

    @Inject
    SeriesService series;

    @Inject
    Destinations destinations;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "Monthly series", description = "Exports of one powertrain and destination by one publisher "
            + "under one definition, over a range of months. units: lin (level), chg (change), ch1 (change from a year "
            + "ago), pch (percent change), pc1 (percent change from a year ago), ytd (year-to-date). Published "
            + "cumulative spans count as year-to-date values (a full-year figure is the year-to-date value of "
            + "December), and single months are derived from them where possible. Every point has its bounds (low, high).")
    @APIResponse(responseCode = "200", description = "The series (JSON), or its points as CSV (period, value, low, high, "
            + "derived), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response series(
            @Parameter(description = "all, nev, bev or phev (default all)") @QueryParam("powertrain") String powertrain,
            @Parameter(description = "WORLD (default), a country (RU) or a region (western-europe)") @QueryParam("destination") String destination,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") String publisher,
            @Parameter(description = "required when the publisher has figures under several definitions") @QueryParam("definition") String definition,
            @Parameter(description = "first month, e.g. 2020-01", required = true) @QueryParam("from") String from,
            @Parameter(description = "last month, e.g. 2024-12", required = true) @QueryParam("to") String to,
            @Parameter(description = "lin, chg, ch1, pch, pc1 or ytd (default lin)") @QueryParam("units") String units,
            @BeanParam SnapshotParams snapshot,
            @Parameter(description = "csv to download CSV") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        SeriesView view = series.series(
                Params.orDefault(oneOf(powertrain, Powertrain.class, "powertrain"), Powertrain.ALL),
                Params.orDefault(destinations.parse(destination, "destination"), Figure.WORLD),
                code(publisher, "publisher"), Params.definition(definition), Period.parseMonth(from, "from"),
                Period.parseMonth(to, "to"), SeriesUnits.parse(units), snapshot.snapshot());
        if (CsvResponse.wanted(headers, format)) {
            return CsvResponse.of(SeriesView.Point.class, view.points(), "series.csv").build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }
}
