package org.chinaauto.market.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

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
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.data.series.SeriesParams;
import org.chinaauto.data.series.SeriesPoint;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.service.SeriesService;
import org.chinaauto.market.view.SeriesView;
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

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "Monthly series", description = "One measure and segment of one publisher over a range of "
            + "months. units: lin (level), chg (change), ch1 (change from a year ago), pch (percent change), pc1 "
            + "(percent change from a year ago), ytd (year-to-date). Published cumulative spans count as year-to-date "
            + "values, and single months are derived from them where possible; every point has its bounds (low, high). "
            + "A published level that the publisher's other figures also give carries that derived range, judged. "
            + "Shares are never summed or differenced into other periods.")
    @APIResponse(responseCode = "200", description = "The series (JSON), or its points as CSV (period, value, low, high, "
            + "derived, status, and a published level's derived range: derived_low, derived_high, derived_from, "
            + "judgement, outside_by, outside_by_pct), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response series(
            @Parameter(description = "production, sales or sales_share", required = true) @QueryParam("measure") Measure measure,
            @Parameter(description = "all, passenger, commercial, nev, bev or phev", required = true) @QueryParam("segment") Segment segment,
            @Parameter(description = "required when several publishers have figures") @QueryParam("publisher") Code publisher,
            @BeanParam SeriesParams range, @BeanParam SnapshotParams snapshot, @Context HttpHeaders headers) {
        SeriesView view = series.series(required(measure, "measure"), required(segment, "segment"), Code.text(publisher),
                range.from(), range.to(), range.units, snapshot.snapshot());
        if (CsvResponse.wanted(headers, range.format)) {
            return CsvResponse.of(SeriesPoint.Line.class, view.points().stream().map(SeriesPoint::line).toList(), "series.csv").build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }
}
