package org.chinaauto.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;

/** deliveries-service's brands (or groups) ranked by deliveries for a period, one page of entries. */
public record BrandRanking(String period, String level, Instant asOf, LocalDate vintage, Estimate total,
        boolean complete, List<Entry> entries, int page, int size, boolean hasMore) {

    public record Entry(int rank, String slug, String name, Long deliveries, Long low, Long high, Estimate sharePct,
            String publisher, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, boolean complete, List<String> monthsMissing) {
    }
}
