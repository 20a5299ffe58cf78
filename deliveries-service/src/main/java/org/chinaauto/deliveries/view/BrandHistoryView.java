package org.chinaauto.deliveries.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Rate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A brand's deliveries by month. Month-on-month and year-on-year growth ({@code mom}, {@code yoy}) are computed
 * on the bounds where both months are known; a growth the publisher stated is kept beside it and judged against
 * the computed range. A month published as such that the publisher's other figures of the brand also give (two
 * year-to-date spans) carries that {@code derived_range}, judged against it (figure ids as its sources).
 * {@code all_time_high}: the highest of the months known up to then; null when no earlier
 * month is known or the bounds cannot tell.
 */
public record BrandHistoryView(String brand, String name, String from, String to, Instant asOf, LocalDate vintage,
        List<Point> points) {

    /** A month; every figure field is null when the month has no figure. */
    public record Point(String period, Long deliveries, Long low, Long high, String publisher, String attribution,
            String attributionNote, String published, LocalDate publishedOn, String source, Long reportId,
            String quote, String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) LevelCheck<Long> derivedRange, Rate mom, Rate yoy, Boolean allTimeHigh, boolean statedRecord,
            String notes) {

        public static Point missing(String period) {
            return new Point(period, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, false, null);
        }
    }
}
