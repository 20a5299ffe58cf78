package org.chinaauto.deliveries.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.delivery.SubjectKind;
import org.chinaauto.deliveries.service.RankingService;
import org.chinaauto.deliveries.view.RankingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rankings")
@Tag(name = "Rankings", description = "Brands or groups ranked by deliveries")
public class RankingResource {

    @Inject
    RankingService rankings;

    @Inject
    DeliveriesConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ranking for a period", description = "Brands (level=brand) or groups by their own reported "
            + "totals (level=group), ranked by deliveries, with shares of the ranked total on bounds. For a span without a "
            + "figure for exactly that span, an entry is the sum of the months known and complete is false if months are "
            + "missing; the total and the shares are then not computed.")
    public RankingView ranking(
            @Parameter(description = "2025-11, 2025-Q3, 2025 or 2025-01/2025-11", required = true) @QueryParam("period") Period period,
            @Parameter(description = "brand or group", example = "group") @QueryParam("level") @DefaultValue("brand") SubjectKind level,
            @Parameter(description = "only this publisher's figures") @QueryParam("publisher") Code publisher,
            @BeanParam SnapshotParams snapshot,
            @Parameter(description = "page of entries, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "entries per page") @QueryParam("size") Integer size) {
        return rankings.ranking(required(period, "period"), level, Code.text(publisher), PageRequest.of(page, size, config.page()), snapshot.snapshot());
    }
}
