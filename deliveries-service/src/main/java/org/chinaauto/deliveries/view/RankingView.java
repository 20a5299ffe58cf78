package org.chinaauto.deliveries.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.LevelCheck;

/**
 * Brands (or groups) ranked by deliveries for a period, with shares of the ranked total. For a span without
 * a figure for exactly that span, an entry is the sum of the months known, and {@code complete} is false when
 * months are missing; the total and the shares are then not computed, since a sum with missing months is only
 * a floor. Ranks, the total and the shares are over every entry; the answer holds one page of entries
 * ({@code has_more} when another follows).
 */
public record RankingView(Period period, String level, Instant asOf, LocalDate vintage, Estimate total,
        boolean complete, List<Entry> entries, int page, int size, boolean hasMore) {

    /**
     * One brand or group: its deliveries with their bounds, the provenance (with where it was read: the report and
     * quote of one figure, the reports of a sum) and least settled status of the figures summed, and, for deliveries published for exactly the period that the publisher's other figures also give, the
     * judgement against that {@code derived_range}.
     */
    public record Entry(int rank, String slug, String name, Long deliveries, Long low, Long high, Estimate sharePct,
            String publisher, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, Long reportId, String quote, List<Long> reportIds, String status, boolean complete,
            List<String> monthsMissing, LevelCheck<Long> derivedRange) {
    }
}
