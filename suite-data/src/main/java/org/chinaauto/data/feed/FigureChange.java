package org.chinaauto.data.feed;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.chinaauto.common.bounds.Estimate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed: the figure's key, its new value with bounds and status, the previous ones (null when it was added),
 * and where the new version came from.
 */
@Schema(name = "FigureChange")
public record FigureChange(@Schema(description = "added, revised (value or provenance) or status_changed "
        + "(the same value, more settled: preliminary to final)") String change,
        @Schema(description = "The figure's key: the columns that identify it in its service, its period as the APIs "
                + "write periods") Map<String, Object> figure,
        String publisher,
        @Schema(description = "The new value and its bounds (null for an export entry given as a rank only)") Estimate value,
        @Schema(description = "The value it replaced and its bounds; null when added") Estimate previous,
        String qualifier, String previousQualifier, String status, String previousStatus, String source, Long reportId,
        String published, @Schema(description = "The load that committed the change (load_id of its answer)") UUID loadId,
        Instant committedAt) {
}
