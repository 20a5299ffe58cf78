package org.chinaauto.common.rest;

import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.version.Snapshot;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code asOf} and {@code vintage} query parameters of every read, declared once ({@code @BeanParam}). */
public class SnapshotParams {

    @QueryParam("vintage")
    @Parameter(description = "Date (YYYY-MM-DD, or YYYY-MM for the month's end): the figures as their publishers "
            + "had published them by then, whatever the load time. A publication date known only to the month counts "
            + "from that month's last day; a revision takes effect at its own publication date.")
    public String vintage;

    @QueryParam("asOf")
    @Parameter(description = "ISO date-time or date: the figures as the suite had loaded them by then. Combines "
            + "with vintage.")
    public String asOf;

    public Snapshot snapshot() {
        return Snapshot.parse(asOf, vintage);
    }
}
