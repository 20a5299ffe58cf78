package org.chinaauto.gateway.view;

import java.time.Instant;

import org.chinaauto.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI documents only: the wire shape of a {@code Section<Void>}, a section whose data the view shows
 * elsewhere (the timeline's series, the reconciliation's figures), so that it is described without a data member.
 */
@Schema(name = "SectionStatus", description = "A service's status for a view whose figures are shown elsewhere in it")
public record SectionStatus(
        @Schema(enumeration = { "market-service", "exports-service", "deliveries-service", "gateway" }) String source,
        @Schema(enumeration = { "complete", "stale", "rejected", "unavailable", "partial" }) String status,
        boolean complete,
        @Schema(description = "When the answer was fetched or last revalidated; absent when nothing was") Instant fetchedAt,
        @Schema(description = "Why the section is not complete; absent when it is") Problem problem) {
}
