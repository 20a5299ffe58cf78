package org.chinaauto.data.rest;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.data.feed.ChangeFeed;
import org.chinaauto.data.feed.ChangePage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The service's change feed: every committed change of its figures, in commit order. A service exposes it by
 * extending this class at {@code /api/changes}.
 */
public abstract class ChangeFeedResource {

    /** The longest a reader may ask to wait for a change. */
    public static final int MAX_WAIT_SECONDS = 30;
    /** The most changes in one answer. */
    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes of figures", description = "Every committed change of a figure (added, revised, "
            + "status changed), in commit order, as CloudEvents 1.0 JSON events. Poll with after=<next> of the last "
            + "page: nothing committed is missed, whatever replica committed it; timeout= holds an empty answer until a "
            + "change commits (long polling).")
    public ChangePage changes(
            @Parameter(description = "Lists the changes after this number (next of the last page); from the start by "
                    + "default", example = "41") @QueryParam("after") Long after,
            @Parameter(description = "ISO date-time or date: the changes committed from then on, when after is not "
                    + "given") @QueryParam("since") Instant since,
            @Parameter(description = "The most changes in the answer, 0 to 1000") @QueryParam("limit") @DefaultValue("100") Integer limit,
            @Parameter(description = "Seconds to wait for a change when there is none yet, 0 to " + MAX_WAIT_SECONDS)
            @QueryParam("timeout") @DefaultValue("0") Integer timeout) {
        if (after != null && after < 0) {
            throw new InvalidInputException("after", "after must be 0 or more, got " + after);
        }
        return feed.page(after, since, within("limit", limit, MAX_LIMIT),
                Duration.ofSeconds(within("timeout", timeout, MAX_WAIT_SECONDS)));
    }

    private static int within(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new InvalidInputException(name, name + " must be from 0 to " + max + ", got " + value);
        }
        return value;
    }
}
