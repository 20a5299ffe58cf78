package org.chinaauto.gateway.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import java.time.Year;
import java.time.YearMonth;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.csv.FormatParam;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.service.BrandProfileService;
import org.chinaauto.gateway.service.CalendarService;
import org.chinaauto.gateway.service.OverviewService;
import org.chinaauto.gateway.service.ReconciliationService;
import org.chinaauto.gateway.service.TimelineService;
import org.chinaauto.gateway.service.ViewCache;
import org.chinaauto.gateway.view.BrandProfileView;
import org.chinaauto.gateway.view.CalendarView;
import org.chinaauto.gateway.view.OverviewView;
import org.chinaauto.gateway.view.ReconciliationView;
import org.chinaauto.gateway.view.TimelineView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * The consolidated views. Every view answers 200 with the sections it could fill, each with its status, and reads
 * every service at the snapshot asked for ({@code vintage}, {@code asOf}), which it echoes.
 */
@Path("/api")
@Tag(name = "Views", description = "Consolidated market views composed from the three data services")
public class ViewResource {

    /** The segments of market-service and the powertrains of exports-service, which the reconciliation passes on. */

    private final OverviewService overview;
    private final TimelineService timeline;
    private final BrandProfileService brands;
    private final ReconciliationService reconciliation;
    private final CalendarService calendar;
    private final ViewCache views;

    public ViewResource(OverviewService overview, TimelineService timeline, BrandProfileService brands,
            ReconciliationService reconciliation, CalendarService calendar, ViewCache views) {
        this.overview = overview;
        this.timeline = timeline;
        this.brands = brands;
        this.reconciliation = reconciliation;
        this.calendar = calendar;
        this.views = views;
    }

    @GET
    @Path("/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Market overview of a period", description = "Production and sales with NEV share and growth, "
            + "exports by publisher with their gaps, the brand ranking, group roll-ups, and cross-service shares on "
            + "bounds. vintage and asOf are passed to every service.")
    @APIResponse(responseCode = "200", description = "The overview, each section with its status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewView.class)))
    public Uni<Response> overview(
            @Parameter(description = "a month (2025-11) or any period (2025-01/2025-11)", required = true)
            @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshotParams) {
        Period p = required(period, "period");
        Snapshot snapshot = snapshotParams.snapshot();
        return views.get("overview " + p + " " + snapshot, () -> overview.overview(p, snapshot), OverviewView::complete)
                .map(ViewResource::json);
    }

    @GET
    @Path("/timeline")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "Timeline", description = "The main series of all three services over a range of months, "
            + "each point with its bounds, JSON or CSV (Accept: text/csv or format=csv).")
    @APIResponse(responseCode = "200", description = "The timeline (JSON), or its points as CSV, one row per point with its "
            + "series and provenance (service, series, label, publisher, definition, unit, period, value, low, high, "
            + "qualifier, stated_as, computed, attribution, published, published_on, source)",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Uni<Response> timeline(@Parameter(description = "first month, e.g. 2023-01", required = true) @QueryParam("from") YearMonth from,
            @Parameter(description = "last month, e.g. 2025-12", required = true) @QueryParam("to") YearMonth to,
            @BeanParam SnapshotParams snapshotParams,
            @BeanParam FormatParam download, @Context HttpHeaders headers) {
        Period range = range(from, to);
        Snapshot snapshot = snapshotParams.snapshot();
        boolean csv = CsvResponse.wanted(headers, download.format);
        return views.get("timeline " + range + " " + snapshot, () -> timeline.timeline(range, snapshot), TimelineView::complete)
                .map(composed -> csv
                        ? CsvResponse.of(TimelineView.Row.class, TimelineService.rows(composed.view()), "timeline.csv").build()
                        : json(composed));
    }

    @GET
    @Path("/brands/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Brand profile", description = "Deliveries history, group membership, target progress and "
            + "share of the NEV market for a year.")
    @APIResponse(responseCode = "200", description = "The brand's profile, each section with its status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandProfileView.class)))
    public Uni<Response> brand(@PathParam("slug") String slug,
            @Parameter(description = "the year, e.g. 2025", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") @DefaultValue("2025") Year year,
            @BeanParam SnapshotParams snapshotParams) {
        // checked here, so that a bad slug is a 400 and not an unavailable section
        Slug.check(slug);
        Snapshot snapshot = snapshotParams.snapshot();
        return views.get("brand " + slug + " " + year + " " + snapshot, () -> brands.profile(slug, year.getValue(), snapshot),
                BrandProfileView::complete).map(ViewResource::json);
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reconciliation", description = "Every publisher's figure for a measure (exports, production "
            + "or sales) and period, with definitions and the gaps between them on the bounds of both.")
    @APIResponse(responseCode = "200", description = "The figures and their gaps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationView.class)))
    public Uni<Response> reconciliation(
            @Parameter(description = "exports, production or sales", required = true) @QueryParam("measure") ReconciliationService.Measure measure,
            @Parameter(description = "all or nev (the powertrain for exports)", example = "nev") @QueryParam("segment") @DefaultValue("all") ReconciliationService.Segment segment,
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") Period period,
            @BeanParam SnapshotParams snapshotParams) {
        ReconciliationService.Measure m = required(measure, "measure");
        Period p = required(period, "period");
        Snapshot snapshot = snapshotParams.snapshot();
        return views.get("reconciliation " + m + " " + segment + " " + p + " " + snapshot,
                () -> reconciliation.reconcile(m, segment, p, snapshot), v -> v.section().complete())
                .map(ViewResource::json);
    }

    @GET
    @Path("/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release calendar", description = "Every publisher and series the three services keep a "
            + "release schedule of: the last month published and when, the month expected next and by when, and its "
            + "status (on_time, due, late with days_late, or no_figures), worked out by each service for today, or as "
            + "the calendar stood on the vintage date (only figures published by then), or at asOf.")
    @APIResponse(responseCode = "200", description = "The calendar's entries, and each service's section status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)))
    public Uni<Response> calendar(@BeanParam SnapshotParams snapshotParams) {
        Snapshot snapshot = snapshotParams.snapshot();
        return views.get("calendar " + snapshot, () -> calendar.calendar(snapshot), CalendarView::complete)
                .map(ViewResource::json);
    }

    private static Response json(ViewCache.Composed<?> composed) {
        return Response.ok(composed.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Period range(YearMonth from, YearMonth to) {
        YearMonth start = required(from, "from");
        YearMonth end = required(to, "to");
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        Period range = new Period(start, end);
        if (range.lengthInMonths() > 240) {
            throw new InvalidInputException("to", "a timeline covers at most 240 months");
        }
        return range;
    }
}
