package org.chinaauto.deliveries.rest;

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
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.delivery.Delivery;
import org.chinaauto.deliveries.delivery.DeliveryKey;
import org.chinaauto.deliveries.delivery.DeliveryRepository;
import org.chinaauto.deliveries.input.DeliveryRow;
import org.chinaauto.deliveries.service.DeliveryLoader;
import org.chinaauto.deliveries.view.DeliveryPage;
import org.chinaauto.deliveries.view.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/deliveries")
@Tag(name = "Deliveries", description = "Monthly deliveries of brands and groups with provenance; bulk loads")
@Extension(name = LoadOperations.ROWS, value = "Columns subject (a known brand or group), period, publisher, deliveries, qualifier (over, nearly, "
        + "approximately, at_least; empty for an exact count), precision (the unit the count was rounded to), "
        + "status (estimate, preliminary or final, the default; a figure less settled than the stored one is refused), "
        + "stated_yoy_pct, stated_mom_pct, record, notes, published (YYYY-MM or YYYY-MM-DD), attribution (named, the "
        + "default, or inferred), attribution_note (required when inferred), source.")
public class DeliveryResource extends BulkLoadResource {

    @Inject
    DeliveryRepository deliveries;

    private final DeliveriesConfig config;

    @Inject
    DeliveryResource(DeliveryLoader loader, DeliveriesConfig config) {
        super(loader, config.load());
        this.config = config;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponse.TEXT_CSV })
    @Operation(summary = "List deliveries", description = "Latest versions (or those published by the vintage / loaded "
            + "by asOf), filtered and paged; each with its bounds (low = high for an exact count), attribution and "
            + "publication date. CSV (Accept: text/csv or format=csv) has the bulk-load columns, so a download loads "
            + "back unchanged.")
    @APIResponse(responseCode = "200", description = "A page of deliveries (JSON; a Link header with rel=next names the next page), or "
            + "the page as CSV with the bulk-load columns (subject, period, publisher, deliveries, ...), header line first",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)),
                    @Content(mediaType = CsvResponse.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(
            @Parameter(description = "brand or group slug, e.g. aito or hima") @QueryParam("subject") Code subject,
            @Parameter(description = "e.g. HIMA") @QueryParam("publisher") Code publisher, @BeanParam PeriodFilter periods,
            @BeanParam SnapshotParams snapshot, @BeanParam PageParams paging, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        DeliveryRepository.Filter filter = new DeliveryRepository.Filter(Code.lower(subject), Code.text(publisher), periods);
        Snapshot at = snapshot.snapshot();
        Page<Delivery> result = deliveries.page(filter, paging.request(config.page()), at);
        return CsvResponse.page(headers, uri, paging.format, result, at, DeliveryRow.class, DeliveryRow::of,
                DeliveryView::of, "deliveries.csv");
    }

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of one figure", description = "Oldest first; superseded versions carry "
            + "superseded_at. With vintage, only the versions published by then; with asOf, only those loaded by then.")
    public List<DeliveryView> history(
            @Parameter(description = "brand or group slug", required = true) @QueryParam("subject") Code subject,
            @Parameter(description = "e.g. 2025-11", required = true) @QueryParam("period") Period period,
            @Parameter(description = "e.g. HIMA", required = true) @QueryParam("publisher") Code publisher,
            @BeanParam SnapshotParams snapshot) {
        String slug = Code.lower(required(subject, "subject"));
        String by = required(publisher, "publisher").text();
        DeliveryKey key = new DeliveryKey(slug, required(period, "period"), by);
        return deliveries.history(key, snapshot.snapshot()).stream().map(DeliveryView::of).toList();
    }
}
