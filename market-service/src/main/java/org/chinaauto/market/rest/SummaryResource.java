package org.chinaauto.market.rest;

import static org.chinaauto.common.rest.ParameterTypes.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.paging.PageRequest;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.Code;
import org.chinaauto.common.rest.SnapshotParams;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.service.SummaryService;
import org.chinaauto.market.view.SummaryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/summary")
@Tag(name = "Summary", description = "One period at a glance, per publisher")
public class SummaryResource {

    /** Publishers per page unless the query says otherwise: an analyst compares a handful side by side. */
    static final int PUBLISHERS_PER_PAGE = 10;

    @Inject
    SummaryService summaries;

    @Inject
    MarketConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Period summary", description = "Production, sales, NEV production and sales with year-on-year "
            + "growth, and the NEV share of sales, for one period and each publisher. Values not published for the "
            + "period are derived where possible (Jan-Nov minus Jan-Oct) and say so; every value has its bounds "
            + "(low, high), and a reported rate is judged against the range of the computed one (inside or outside, "
            + "flagged).")
    public SummaryView summary(
            @Parameter(description = "2025-11, 2025-Q3, 2023-H1, 2024 or 2025-01/2025-11", required = true)
            @QueryParam("period") Period period,
            @Parameter(description = "only this publisher, e.g. CAAM") @QueryParam("publisher") Code publisher,
            @BeanParam SnapshotParams snapshot,
            @Parameter(description = "page of publishers, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "publishers per page (default " + PUBLISHERS_PER_PAGE + ")") @QueryParam("size") Integer size) {
        return summaries.summary(required(period, "period"), Code.text(publisher),
                PageRequest.of(page, size == null ? PUBLISHERS_PER_PAGE : size, config.page()), snapshot.snapshot());
    }
}
