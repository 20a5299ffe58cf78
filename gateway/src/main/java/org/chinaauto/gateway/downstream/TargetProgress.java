package org.chinaauto.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;

/** A brand's progress against its annual target, as deliveries-service computes it (on bounds, no missing month). */
public record TargetProgress(String brand, int year, Instant asOf, LocalDate vintage, List<Revision> revisions,
        Current current, Estimate deliveredToDate, Long deliveredAtLeast, String through, List<String> monthsKnown,
        List<String> monthsMissing, boolean complete, Estimate progressPct, Estimate monthlyRateNeeded,
        String reachedLowIn, String reachedHighIn, List<String> statedNotes) {

    public record Revision(int revision, String announced, Long value, Long low, Long high, String publisher,
            String statedProgress, String notes, String published, LocalDate publishedOn, String attribution,
            String attributionNote, String source) {
    }

    public record Current(int revision, Long value, long low, long high) {
    }
}
