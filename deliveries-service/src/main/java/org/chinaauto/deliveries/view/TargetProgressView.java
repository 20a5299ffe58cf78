package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Progress of a brand against its annual target: every revision as published, the latest one as
 * {@code current} (a single value has low = high), and deliveries to date as the sum of the months known
 * (January up to {@code through}, the latest month with a figure), never counting a missing month as zero.
 * The monthly rate still needed is given only when no month to date is missing; {@code reached_*_in} is the
 * month the known cumulative sum crossed that end of the target. A publisher's own statement of progress is
 * shown apart, in {@code stated_notes}.
 */
public record TargetProgressView(String brand, int year, Instant asOf, List<Revision> revisions, Current current,
        Long deliveredToDate, String through, List<String> monthsKnown, List<String> monthsMissing, boolean complete,
        BigDecimal progressLowPct, BigDecimal progressHighPct, Long monthlyRateNeededLow, Long monthlyRateNeededHigh,
        String reachedLowIn, String reachedHighIn, List<String> statedNotes) {

    public record Revision(int revision, String announced, Long low, Long high, Long value, String publisher,
            String statedProgress, String notes, String source) {
    }

    public record Current(int revision, long low, long high) {
    }
}
