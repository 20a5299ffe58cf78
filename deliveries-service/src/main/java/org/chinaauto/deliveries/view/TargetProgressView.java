package org.chinaauto.deliveries.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;

/**
 * Progress of a brand against its annual target: every revision as published, the latest one as
 * {@code current} (a single value has low = high = value, a range has no value), and deliveries from January up
 * to {@code through} (the latest month with a figure), never counting a missing month as zero. When no month is
 * missing, {@code delivered_to_date}, {@code progress_pct} and the monthly rate still needed are computed on the
 * bounds; otherwise only {@code delivered_at_least} (the sum of the months known: at least that much of the
 * target) is given, and no percentage. {@code reached_*_in} is the month the cumulative deliveries certainly
 * reached that end of the target, when no earlier month is missing. A publisher's own statement of progress is
 * shown apart, in {@code stated_progress} and {@code stated_notes}. {@code status} is the least settled of the
 * monthly figures counted (estimate, preliminary or final; null when none is known): progress resting on an estimate
 * says so.
 */
public record TargetProgressView(String brand, int year, Instant asOf, LocalDate vintage, List<Revision> revisions,
        Current current, Estimate deliveredToDate, Long deliveredAtLeast, String through, List<String> monthsKnown,
        List<String> monthsMissing, boolean complete, String status, Estimate progressPct, Estimate monthlyRateNeeded,
        String reachedLowIn, String reachedHighIn, List<String> statedNotes) {

    public record Revision(int revision, String announced, Long value, Long low, Long high, String publisher,
            String statedProgress, String notes, String published, LocalDate publishedOn, String attribution,
            String attributionNote, String source) {
    }

    public record Current(int revision, Long value, long low, long high) {
    }
}
