package org.chinaauto.reports.rest;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.reports.input.FigureEdit;
import org.chinaauto.reports.input.InputCheck;
import org.chinaauto.reports.input.ReportInput;
import org.chinaauto.reports.input.StrictJson;
import org.chinaauto.reports.load.ReportLoader;
import org.chinaauto.reports.service.FigureReview;
import org.chinaauto.reports.service.ReportService;
import org.chinaauto.reports.view.FigureView;
import org.chinaauto.reports.view.LoadView;
import org.chinaauto.reports.view.ReportView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/** Reports, the figures they state for review, and their loading into the data services. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String SUBMISSION = "{\"title\", \"published\", \"text\"} (outlet and url optional)";

    private final ReportService reports;
    private final FigureReview review;
    private final ReportLoader loader;

    private final InputCheck check;

    ReportResource(ReportService reports, FigureReview review, ReportLoader loader, InputCheck check) {
        this.check = check;
        this.reports = reports;
        this.review = review;
        this.loader = loader;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Submit a report", description = "Stores the report (title, outlet, url, published as stated: "
            + "2025-12 or 2025-12-05, and its text; HTML loses its tags) and answers 201 with the figures it states, "
            + "proposed for review. The same text submitted again answers 200 with the report that holds it. Bodies "
            + "over 2 MB get 413. Needs the editor role.")
    @APIResponse(responseCode = "201", description = "The new report, with its proposed figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "The report already holding this text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @CustomDeserialization(StrictJson.class)
    public Response submit(ReportInput input, @Context SecurityContext security) {
        return answer(reports.submit(check.valid(input, SUBMISSION), editor(security)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Submit a report as plain text", description = "The body is the report's text (UTF-8); "
            + "title, published, outlet and url are query parameters. Otherwise as the JSON submission.")
    @APIResponse(responseCode = "201", description = "The new report, with its proposed figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "The report already holding this text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response submitText(byte[] body, @QueryParam("title") String title,
            @Parameter(description = "the month (2025-12) or day (2025-12-05) the report was published") @QueryParam("published") String published,
            @QueryParam("outlet") String outlet, @QueryParam("url") String url, @Context SecurityContext security) {
        return answer(reports.submit(check.valid(new ReportInput(title, outlet, url, published, utf8(body)), SUBMISSION),
                editor(security)));
    }

    @GET
    @Operation(summary = "List reports", description = "The latest 200 reports, newest first, without their texts "
            + "and figures.")
    public List<ReportView> list() {
        return reports.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report", description = "The report with its text and its figures as reviewed so far.")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/figures")
    @Operation(summary = "A report's figures", description = "Each figure the report states, in the order of the "
            + "text, as proposed and reviewed.")
    public List<FigureView> figures(@PathParam("id") long id) {
        return review.figures(id);
    }

    @GET
    @Path("/{id}/figures/{number}")
    @Operation(summary = "One figure of a report")
    public FigureView figure(@PathParam("id") long id, @PathParam("number") int number) {
        return review.figure(id, number);
    }

    @PATCH
    @Path("/{id}/figures/{number}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Review a figure", description = "Changes the members given: review (accepted, rejected, "
            + "proposed), stated_as (value, qualifier and bounds follow it), measure, segment, subject_kind, subject, "
            + "period, publisher, attribution, yoy_pct, status. 409 once the report is loaded. Needs the editor role.")
    @APIResponse(responseCode = "409", description = "The report is already loaded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "200", description = "The figure as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class)))
    @CustomDeserialization(StrictJson.class)
    public FigureView edit(@PathParam("id") long id, @PathParam("number") int number, FigureEdit edit) {
        return review.edit(id, number, check.valid(edit, "the members to change, e.g. {\"review\": \"accepted\"}"));
    }

    @POST
    @Path("/{id}/load")
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Load a report's accepted figures", description = "One load per service that keeps them "
            + "(market, exports, deliveries), through its bulk load with the caller's token; each figure keeps the "
            + "report's id and its sentence. Loading again changes nothing: services already loaded are skipped. 409 "
            + "when an accepted figure lacks what its service needs (each named); 503 with Retry-After when a service "
            + "cannot be reached (load again later). Needs the editor role.")
    @APIResponse(responseCode = "409", description = "Nothing accepted, or accepted figures that lack what their service needs (each named in errors)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A service refused the figures; its answer is in detail",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "200", description = "What each service took, or had taken already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoadView.class)))
    public LoadView load(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context SecurityContext security) {
        return loader.load(id, authorization, editor(security));
    }

    @GET
    @Path("/{id}/loads/{service}")
    @Produces("text/csv")
    @Operation(summary = "A report's figures as a service's load CSV", description = "The accepted figures the "
            + "service keeps, in its bulk-load columns, as they are (or would be) loaded.")
    @APIResponse(responseCode = "200", description = "The load CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    public Response loadCsv(@PathParam("id") long id,
            @Parameter(description = "market, exports or deliveries") @PathParam("service") String service) {
        return Response.ok(reports.loadCsv(id, service)).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + "-" + service + ".csv\"")
                .build();
    }

    private static Response answer(ReportService.Submitted submitted) {
        URI location = URI.create("/api/reports/" + submitted.report().id());
        return (submitted.created() ? Response.created(location) : Response.ok().location(location))
                .entity(submitted.report()).build();
    }

    private static String editor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }

    private static String utf8(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("text", "is required: the report's full text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("text", "is not UTF-8; send the report's text as UTF-8. Nothing was "
                    + "stored.");
        }
    }
}
