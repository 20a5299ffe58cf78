package org.chinaauto.gateway.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.gateway.changes.ChangeCursor;
import org.chinaauto.gateway.changes.ChangeStream;
import org.chinaauto.gateway.changes.MergedChanges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The change feed of every data service, merged: a page at a time ({@code /api/changes}) or pushed as Server-Sent
 * Events ({@code /api/changes/stream}), each change a CloudEvents 1.0 JSON event as its service wrote it.
 */
@Path("/api/changes")
@Tag(name = "Changes", description = "Every committed change of a figure in the data services, listed or pushed")
public class ChangeResource {

    private static final Duration DRAIN_CHECK = Duration.ofSeconds(1);

    /** The most changes in one page. */
    static final int MAX_LIMIT = 1000;

    /** A page of the merged feed: its changes, the position to ask after next, and any service not read. */
    @Schema(name = "ChangesPage")
    public record ChangesPage(
            @Schema(type = SchemaType.ARRAY, description = "CloudEvents 1.0 JSON events in commit order, as the "
                    + "services write them (FigureChangeEvent in their documents)") List<Object> changes,
            @Schema(description = "The position after these changes: ask again with after=<next> to miss nothing",
                    examples = "deliveries:12,exports:7,market:41") String next,
            @Schema(description = "Services whose feed could not be read; their changes come in a later page")
            List<String> unavailable) {
    }

    private final MergedChanges merged;
    private final ChangeStream stream;

    ChangeResource(MergedChanges merged, ChangeStream stream) {
        this.merged = merged;
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes of figures in every service", description = "The committed changes of figures "
            + "(added, revised, status changed) of every data service, merged in commit order, from the start, since "
            + "an instant, or after the position a page gave as next. A service that cannot be read is named in "
            + "unavailable and read again by the next page.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesPage.class)))
    public Uni<ChangesPage> page(
            @Parameter(description = "The next of the last page (service:number pairs)",
                    example = "deliveries:12,exports:7,market:41") @QueryParam("after") String after,
            @Parameter(description = "ISO date-time or date: the changes committed from then on")
            @QueryParam("since") Instant since,
            @Parameter(description = "The most changes in the page, 1 to 1000") @QueryParam("limit") @DefaultValue("100")
            Integer limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        ChangeCursor cursor = ChangeCursor.parse(after, "after", merged.services());
        if (cursor != null && since != null) {
            throw new InvalidInputException("since", "give after (to go on from a page) or since, not both");
        }
        Uni<MergedChanges.Page> page = cursor != null ? merged.after(cursor, limit)
                : since != null ? merged.since(since, limit) : merged.after(ChangeCursor.empty(), limit);
        return page.map(p -> new ChangesPage(p.changes().stream().<Object>map(c -> new RawValue(c.json())).toList(), p.next().toString(),
                p.unavailable()));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Changes of figures as they commit", description = "Server-Sent Events: each committed change "
            + "of a figure in any data service as it commits, a CloudEvents 1.0 JSON event in data and its position in "
            + "id. A client that reconnects with Last-Event-ID (browsers do) goes on from there and misses nothing. A "
            + "subscriber too far behind is sent a resume event with its last id, and the stream ends.")
    @APIResponse(responseCode = "200", description = "The stream of changes, from now on or after the position given",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "The id of the last event received", example = "deliveries:12,exports:7,market:41")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "A position to start after, when there is no Last-Event-ID",
                    example = "deliveries:12,exports:7,market:41") @QueryParam("after")
            String after, @Context Sse sse, @Context HttpServerResponse response) {
        ChangeCursor from = ChangeCursor.parse(lastEventId, "Last-Event-ID", merged.services());
        if (from == null) {
            from = ChangeCursor.parse(after, "after", merged.services());
        }
        return stream.subscribe(from, () -> drained(response)).map(sent -> switch (sent.kind()) {
            case CHANGE -> sse.newEventBuilder().id(sent.id()).data(sent.entry().change().json()).build();
            case KEEP_ALIVE -> sse.newEventBuilder().comment("keep-alive").build();
            case RESUME -> sse.newEventBuilder().name("resume").data("{\"last_event_id\":\"" + sent.id() + "\",\"detail\":\"This subscriber fell too far behind "
                            + "the changes; reconnect with Last-Event-ID set to last_event_id to go on from there.\"}")
                    .build();
        });
    }

    /**
     * Completes once the response's write queue is below its high-water mark: at once when it is, else when it drains
     * (checked again every second, in case it drained before the handler was set).
     */
    private static Uni<Void> drained(HttpServerResponse response) {
        if (!response.writeQueueFull() || response.closed()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>emitter(done -> {
            response.drainHandler(ignored -> done.complete(null));
            if (!response.writeQueueFull()) {
                done.complete(null);
            }
        }).ifNoItem().after(DRAIN_CHECK).recoverWithUni(() -> drained(response));
    }
}
