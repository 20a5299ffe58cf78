package org.chinaauto.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.view.Rate;

/** A brand's deliveries month by month, with growth computed on the bounds and any growth the publisher stated. */
public record BrandHistory(String brand, String name, String from, String to, Instant asOf, LocalDate vintage,
        List<Point> points) {

    /** A month; every figure field is null when the month has no figure. */
    public record Point(String period, Long deliveries, Long low, Long high, String publisher, String attribution,
            String attributionNote, String published, LocalDate publishedOn, String source, Rate mom, Rate yoy,
            Boolean allTimeHigh, boolean statedRecord, String notes) {
    }
}
