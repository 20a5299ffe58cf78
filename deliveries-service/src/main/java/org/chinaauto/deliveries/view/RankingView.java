package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chinaauto.common.period.Period;

/**
 * Brands (or groups) ranked by deliveries for a period, with shares of the ranked total. For a span without
 * a figure for exactly that span, an entry is the sum of the months known, and {@code complete} is false when
 * months are missing.
 */
public record RankingView(Period period, String level, Instant asOf, Long total, boolean complete,
        List<Entry> entries) {

    public record Entry(int rank, String slug, String name, Long deliveries, BigDecimal sharePct, String publisher,
            boolean complete, List<String> monthsMissing) {
    }
}
