package org.chinaauto.exports.rest;

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
import org.chinaauto.exports.config.ExportsConfig;
import org.chinaauto.exports.figure.Destinations;
import org.chinaauto.exports.figure.Figure;
import org.chinaauto.exports.figure.FigureRepository;
import org.chinaauto.exports.figure.Powertrain;
import org.chinaauto.exports.input.FigureRow;
import org.chinaauto.exports.service.FigureLoader;
import org.chinaauto.exports.view.FigurePage;
import org.chinaauto.exports.view.FigureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/figures")
@Tag(name = "Figures", description = "Export figures with provenance and definition; bulk loads")
@Extension(name = LoadOperations.ROWS, value = "Columns powertrain, destination, period, publisher, definition, value (optional for a destination named without "
        + "a figure), qualifier, precision, stated_as, status (estimate, preliminary or final, the default; a figure "
        + "less settled than the stored one is refused), rank, reported_yoy_pct, reported_yoy_qualifier, "
        + "stated_growth and "
        + "stated_growth_from (a growth described in words and its base period), definition_note, published (YYYY-MM-DD "
        + "or YYYY-MM), source, attribution (named, the default, or inferred), attribution_note (required when "
        + "inferred), notes. No destination breakdown may certainly exceed its world total.")
public class FigureResource extends BulkLoadResource {

    @Inject
    FigureRepository figures;

    @Inject
    Destinations destinations;

    private final ExportsConfig config;

    @Inject
    FigureResource(FigureLoader loader, ExportsConfig config) {
        super(loader, config.load());
        this.config = config;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "List export figures", description = "Latest versions (or those published by vintage, or "
            + "loaded by asOf), filtered and paged; each with its bounds (low, high), attribution and publication date. "
            + "CSV (Accept: text/csv or format=csv) has the bulk-load columns, so a download loads back unchanged. "
            + "value, low and high are null for destinations named without a figure.")
    @APIResponse(responseCode = "200", description = "A page of figures (JSON; a Link header with rel=next names the next page), or "
            + "the page as CSV with the bulk-load columns (powertrain, destination, period, publisher, definition, value, ...), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigurePage.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Parameter(description = "all, nev, bev or phev") @QueryParam("powertrain") Powertrain powertrain,
            @Parameter(description = "WORLD, a country (RU) or a region (western-europe)") @QueryParam("destination") Code destination,
            @Parameter(description = "e.g. CAAM or GACC") @QueryParam("publisher") Code publisher,
            @Parameter(description = "definition code, e.g. customs-incl-chassis") @QueryParam("definition") Code definition,
            @BeanParam PeriodFilter periods, @BeanParam SnapshotParams snapshot, @BeanParam PageParams paging,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        FigureRepository.Filter filter = new FigureRepository.Filter(powertrain,
                destinations.parse(Code.text(destination), "destination"), Code.text(publisher), Code.lower(definition),
                periods);
        Snapshot at = snapshot.snapshot();
        Page<Figure> result = figures.page(filter, paging.request(config.page()), at);
        return CsvResponse.page(headers, uri, paging.format, result, at, FigureRow.class, FigureRow::of, this::view,
                "figures.csv");
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of one figure", description = "Oldest first; superseded versions carry "
            + "superseded_at. Without definition, the versions of every definition, grouped by definition. With "
            + "vintage only the versions published by then, with asOf only those loaded by then.")
    public List<FigureView> history(@Parameter(required = true) @QueryParam("powertrain") Powertrain powertrain,
            @QueryParam("destination") Code destination, @Parameter(required = true) @QueryParam("period") Period period,
            @Parameter(required = true) @QueryParam("publisher") Code publisher, @QueryParam("definition") Code definition,
            @BeanParam SnapshotParams snapshot) {
        return figures.history(required(powertrain, "powertrain"), destinations.orWorld(destination),
                required(publisher, "publisher").text(), Code.lower(definition), required(period, "period"),
                snapshot.snapshot()).stream().map(this::view).toList();
    }

    private FigureView view(Figure f) {
        return FigureView.of(f, destinations.name(f.destination));
    }
}
