package org.chinaauto.common.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.version.Snapshot;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code asOf} and {@code vintage} query parameters of every read, declared once ({@code @BeanParam}). */
public class SnapshotParams {

    @QueryParam("vintage")
    @Parameter(description = "Date (YYYY-MM-DD, or YYYY-MM for the month's end): the figures as their publishers "
            + "had published them by then, whatever the load time. A publication date known only to the month counts "
            + "from that month's last day; a revision takes effect at its own publication date.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$",
                    examples = { "2025-12-15", "2025-11" }))
    public LocalDate vintage;

    @QueryParam("asOf")
    @Parameter(description = "ISO date-time or date: the figures as the suite had loaded them by then. Combines "
            + "with vintage.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",
                    examples = { "2025-12-01T00:00:00Z", "2025-12-01" }))
    public Instant asOf;

    public Snapshot snapshot() {
        return new Snapshot(asOf, vintage);
    }
}
