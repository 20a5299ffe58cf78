package org.chinaauto.common.version;

import java.time.Instant;
import java.time.LocalDate;


/**
 * Which versions of the figures a read answers from.
 * <ul>
 * <li>{@code vintage}: what the publishers had published by that date ("as published by", FRED/ALFRED's vintage
 * dates), whatever the suite's load times: for each figure, the version with the latest publication date on or
 * before the vintage (see {@link PublicationDate} for partial dates). Figures with no publication date are not
 * part of any vintage.</li>
 * <li>{@code asOf}: what the suite had loaded by that instant.</li>
 * </ul>
 * Both together: what had been published by the vintage among the versions loaded by asOf. Neither: the latest.
 */
public record Snapshot(Instant asOf, LocalDate vintage) {

    public static final Snapshot LATEST = new Snapshot(null, null);

    public static Snapshot asOf(Instant asOf) {
        return new Snapshot(asOf, null);
    }

    public boolean latest() {
        return asOf == null && vintage == null;
    }
}
