package org.chinaauto.market.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import java.util.List;

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
import jakarta.ws.rs.core.UriInfo;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.openapi.LoadOperations;
import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageParams;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.rest.BulkLoadResource;
import org.chinaauto.data.rest.PeriodFilter;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.figure.Figure;
import org.chinaauto.market.figure.FigureKey;
import org.chinaauto.market.figure.FigureRepository;
import org.chinaauto.market.figure.Measure;
import org.chinaauto.market.figure.Segment;
import org.chinaauto.market.input.FigureRow;
import org.chinaauto.market.service.FigureLoader;
import org.chinaauto.market.view.FigurePage;
import org.chinaauto.market.view.FigureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/figures")
@Tag(name = "Figures", description = "Production, sales and share figures with provenance and bounds; bulk loads")
@Extension(name = LoadOperations.ROWS, value = "Columns measure, segment, period, publisher, value, qualifier, precision, "
        + "stated_as, status (estimate, preliminary or final, the default; a figure less settled than the stored one "
        + "is refused), reported_yoy_pct, reported_yoy_qualifier, definition, published (YYYY-MM-DD or YYYY-MM), "
        + "source, attribution (named, the default, "
        + "or inferred, which needs an attribution_note saying why), attribution_note, notes: those of the CSV download.")
public class FigureResource extends BulkLoadResource {

    @Inject
    FigureRepository figures;

    private final MarketConfig config;

    @Inject
    FigureResource(FigureLoader loader, MarketConfig config) {
        super(loader, config.load());
        this.config = config;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "List figures", description = "Latest versions (or as published by a vintage date, or as "
            + "loaded by asOf), filtered and paged. CSV (Accept: text/csv or format=csv) has the bulk-load columns, so "
            + "a download loads back unchanged.")
    @APIResponse(responseCode = "200", description = "A page of figures (JSON; a Link header with rel=next names the next page), or "
            + "the page as CSV with the bulk-load columns (measure, segment, period, publisher, value, ...), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigurePage.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Parameter(description = "production, sales or sales_share") @QueryParam("measure") Measure measure,
            @Parameter(description = "all, passenger, commercial, nev, bev or phev") @QueryParam("segment") Segment segment,
            @Parameter(description = "e.g. CAAM") @QueryParam("publisher") Code publisher, @BeanParam PeriodFilter periods,
            @BeanParam SnapshotParams snapshotParams, @BeanParam PageParams paging, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        FigureRepository.Filter filter = new FigureRepository.Filter(measure, segment, Code.text(publisher), periods);
        Snapshot snapshot = snapshotParams.snapshot();
        Page<Figure> result = figures.page(filter, paging.request(config.page()), snapshot);
        return CsvResponse.page(headers, uri, paging.format, result, snapshot, FigureRow.class, FigureRow::of,
                FigureView::of, "figures.csv");
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of one figure", description = "Oldest first; superseded versions carry "
            + "superseded_at. With a vintage, the versions published by then; with asOf, those loaded by then.")
    public List<FigureView> history(@Parameter(required = true) @QueryParam("measure") Measure measure,
            @Parameter(required = true) @QueryParam("segment") Segment segment,
            @Parameter(required = true) @QueryParam("period") Period period,
            @Parameter(required = true) @QueryParam("publisher") Code publisher, @BeanParam SnapshotParams snapshotParams) {
        FigureKey key = new FigureKey(required(measure, "measure"), required(segment, "segment"),
                required(publisher, "publisher").text(), required(period, "period"));
        return figures.history(key, snapshotParams.snapshot()).stream().map(FigureView::of).toList();
    }
}
