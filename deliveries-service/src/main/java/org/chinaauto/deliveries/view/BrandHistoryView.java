package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A brand's deliveries by month. Growth is computed only where both months are known; the growth a publisher
 * stated is kept apart, with the difference in points and a flag when it is large. {@code all_time_high}:
 * the highest of all known months up to then.
 */
public record BrandHistoryView(String brand, String name, String from, String to, Instant asOf, List<Point> points) {

    public record Point(String period, Long deliveries, String publisher, BigDecimal momPct, BigDecimal yoyPct,
            BigDecimal statedMomPct, BigDecimal statedYoyPct, BigDecimal yoyDifferencePoints, Boolean yoyFlagged,
            boolean allTimeHigh, boolean statedRecord, String notes) {
    }
}
