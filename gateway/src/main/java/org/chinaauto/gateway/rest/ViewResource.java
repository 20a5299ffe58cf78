package org.chinaauto.gateway.rest;

import java.util.Map;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.gateway.client.Slug;
import org.chinaauto.gateway.service.BrandProfileService;
import org.chinaauto.gateway.service.OverviewService;
import org.chinaauto.gateway.service.ReconciliationService;
import org.chinaauto.gateway.service.TimelineService;
import org.chinaauto.gateway.view.OverviewView;
import org.chinaauto.gateway.view.TimelineView;

/**
 * The consolidated views. Every view answers 200 with the sections it could fill, each with its status, and reads
 * every service at the snapshot asked for ({@code vintage}, {@code asOf}), which it echoes.
 */
@Path("/api")
@Tag(name = "Views", description = "Consolidated market views composed from the three data services")
public class ViewResource {

    private final OverviewService overview;
    private final TimelineService timeline;
    private final BrandProfileService brands;
    private final ReconciliationService reconciliation;

    public ViewResource(OverviewService overview, TimelineService timeline, BrandProfileService brands,
            ReconciliationService reconciliation) {
        this.overview = overview;
        this.timeline = timeline;
        this.brands = brands;
        this.reconciliation = reconciliation;
    }

    @GET
    @Path("/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Market overview of a period", description = "Production and sales with NEV share and growth, "
            + "exports by publisher with their gaps, the brand ranking, group roll-ups, and cross-service shares on "
            + "bounds. vintage and asOf are passed to every service.")
    public OverviewView overview(
            @Parameter(description = "a month (2025-11) or any period (2025-01/2025-11)", required = true)
            @QueryParam("period") String period,
            @BeanParam SnapshotParams snapshot) {
        return overview.overview(Period.parse(period, "period"), snapshot.snapshot());
    }

    @GET
    @Path("/timeline")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "Timeline", description = "The main series of all three services over a range of months, "
            + "each point with its bounds, JSON or CSV (Accept: text/csv or format=csv).")
    public Response timeline(@Parameter(description = "first month, e.g. 2023-01", required = true) @QueryParam("from") String from,
            @Parameter(description = "last month, e.g. 2025-12", required = true) @QueryParam("to") String to,
            @BeanParam SnapshotParams snapshot, @QueryParam("format") String format, @Context HttpHeaders headers) {
        Period range = range(from, to);
        TimelineView view = timeline.timeline(range, snapshot.snapshot());
        if (CsvResponse.wanted(headers, format)) {
            return CsvResponse.of(TimelineView.Row.class, TimelineService.rows(view), "timeline.csv").build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/brands/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Brand profile", description = "Deliveries history, group membership, target progress and "
            + "share of the NEV market for a year.")
    public Map<String, Object> brand(@PathParam("slug") String slug,
            @Parameter(description = "the year, e.g. 2025") @QueryParam("year") @DefaultValue("2025") int year,
            @BeanParam SnapshotParams snapshot) {
        // checked here, not only in the client, so that a bad slug is a 400 and not an unavailable section
        Slug.check(slug);
        if (year < 1900 || year > 2200) {
            throw new InvalidInputException("year", "year must be between 1900 and 2200");
        }
        return brands.profile(slug, year, snapshot.snapshot());
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reconciliation", description = "Every publisher's figure for a measure (exports, production "
            + "or sales) and period, with definitions and the gaps between them on the bounds of both.")
    public Map<String, Object> reconciliation(
            @Parameter(description = "exports, production or sales", required = true) @QueryParam("measure") String measure,
            @Parameter(description = "all or nev (the powertrain for exports)") @QueryParam("segment") @DefaultValue("all") String segment,
            @Parameter(description = "e.g. 2024", required = true) @QueryParam("period") String period,
            @BeanParam SnapshotParams snapshot) {
        if (measure == null || measure.isBlank()) {
            throw new InvalidInputException("measure", "measure is required: exports, production or sales");
        }
        if (!segment.matches("[a-z]{2,12}")) {
            throw new InvalidInputException("segment", "'" + segment + "' is not a segment");
        }
        return reconciliation.reconcile(measure.trim().toLowerCase(), segment, Period.parse(period, "period"),
                snapshot.snapshot());
    }

    static Period range(String from, String to) {
        var start = Period.parseMonth(from, "from");
        var end = Period.parseMonth(to, "to");
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
