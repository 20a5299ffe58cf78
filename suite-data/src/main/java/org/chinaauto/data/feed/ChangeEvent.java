package org.chinaauto.data.feed;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One committed change of a figure as a CloudEvents 1.0 event in its JSON format: {@code id} is the change's number in
 * its service's feed (commit order), {@code source} the service, {@code type} what happened
 * ({@code org.chinaauto.figure.added}, {@code .revised} or {@code .status_changed}), {@code subject} the figure's key.
 */
@JsonPropertyOrder({ "specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data" })
@Schema(name = "FigureChangeEvent", description = "A committed change of a figure, as a CloudEvents 1.0 JSON event")
public record ChangeEvent(@Schema(examples = "1.0") String specversion,
        @Schema(description = "The change's number in its service's feed, in commit order", examples = "42") String id,
        @Schema(examples = "/market-service") String source,
        @Schema(examples = "org.chinaauto.figure.revised") String type,
        @Schema(description = "When the change was committed") Instant time,
        @Schema(description = "The figure's key, its values joined by /", examples = "production/all/CAAM/2025-11") String subject,
        @Schema(examples = "application/json") String datacontenttype, FigureChange data) {

    static final String TYPE = "org.chinaauto.figure.";

    static ChangeEvent of(String service, long seq, String subject, FigureChange data) {
        return new ChangeEvent("1.0", Long.toString(seq), "/" + service, TYPE + data.change(), data.committedAt(), subject,
                "application/json", data);
    }
}
