package org.chinaauto.exports.rest;

import static org.chinaauto.data.rest.Params.code;
import static org.chinaauto.data.rest.Params.oneOf;
import static org.chinaauto.data.rest.Params.required;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.paging.Page;
import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.data.load.BodyLimit;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadReport;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

@Path("/api/figures")
@Tag(name = "Figures", description = "Export figures with provenance and definition; bulk loads")
public class FigureResource {

    @Inject
    FigureRepository figures;

    @Inject
    FigureLoader loader;

    @Inject
    Destinations destinations;

    @Inject
    ExportsConfig config;

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
    public Response list(
            @Parameter(description = "all, nev, bev or phev") @QueryParam("powertrain") String powertrain,
            @Parameter(description = "WORLD, a country (RU) or a region (western-europe)") @QueryParam("destination") String destination,
            @Parameter(description = "e.g. CAAM or GACC") @QueryParam("publisher") String publisher,
            @Parameter(description = "definition code, e.g. customs-incl-chassis") @QueryParam("definition") String definition,
            @Parameter(description = "exactly this period, e.g. 2024 or 2023-H1") @QueryParam("period") String period,
            @Parameter(description = "first month of the range the periods lie in, e.g. 2020-01") @QueryParam("from") String from,
            @Parameter(description = "last month of the range, e.g. 2024-12") @QueryParam("to") String to,
            @BeanParam SnapshotParams snapshot,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @Parameter(description = "csv to download CSV") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        FigureRepository.Filter filter = new FigureRepository.Filter(
                oneOf(powertrain, Powertrain.class, "powertrain"),
                destinations.parse(destination, "destination"),
                code(publisher, "publisher"), Params.definition(definition),
                period == null ? null : Period.parse(period, "period"),
                from == null ? null : Period.parseMonth(from, "from").atDay(1),
                to == null ? null : Period.parseMonth(to, "to").atDay(1));
        Snapshot at = snapshot.snapshot();
        Page<Figure> result = figures.page(filter, PageRequest.of(page, size, config.page()), at);
        return CsvResponse.page(headers, uri, format, result, at, FigureRow.class, FigureRow::of, this::view, "figures.csv");
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of one figure", description = "Oldest first; superseded versions carry "
            + "superseded_at. Without definition, the versions of every definition, grouped by definition. With "
            + "vintage only the versions published by then, with asOf only those loaded by then.")
    public List<FigureView> history(@QueryParam("powertrain") String powertrain,
            @QueryParam("destination") String destination, @QueryParam("period") String period,
            @QueryParam("publisher") String publisher, @QueryParam("definition") String definition,
            @BeanParam SnapshotParams snapshot) {
        Powertrain p = required(oneOf(powertrain, Powertrain.class, "powertrain"), "powertrain");
        String d = Params.orDefault(destinations.parse(destination, "destination"), Figure.WORLD);
        String pub = required(code(publisher, "publisher"), "publisher");
        return figures.history(p, d, pub, Params.definition(definition), Period.parse(period, "period"),
                snapshot.snapshot()).stream()
                .map(this::view).toList();
    }

    @POST
    @Consumes(CsvResponse.TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Bulk load export figures from CSV", description = "Columns: powertrain, destination, period, "
            + "publisher, definition, value (optional for a destination named without a figure), qualifier, precision, "
            + "stated_as, rank, reported_yoy_pct, reported_yoy_qualifier, stated_growth and stated_growth_from (a "
            + "growth described in words and its base period), definition_note, published (YYYY-MM-DD or YYYY-MM), "
            + "source, attribution (named, the default, or inferred), attribution_note (required when inferred), notes. "
            + "Validated as a whole (every bad line and field reported, nothing written), checked so that no "
            + "destination breakdown certainly exceeds its world total, written in one transaction, idempotent; needs "
            + "the editor role.")
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport loadCsv(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadCsv(BodyLimit.limit(body, length, config.load()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Bulk load export figures from JSON", description = "A JSON array of objects with the CSV "
            + "column names as fields (or {\"figures\": [...]}); same rules as the CSV load.")
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport loadJson(InputStream body, @HeaderParam("Content-Length") Long length) {
        return loader.loadJson(BodyLimit.limit(body, length, config.load()));
    }

    private FigureView view(Figure f) {
        return FigureView.of(f, destinations.name(f.destination));
    }
}
