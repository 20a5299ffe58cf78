package org.chinaauto.market.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.chinaauto.data.series.SeriesPoint;

/** One measure and segment of one publisher over a range of months, transformed as {@code units} says. */
public record SeriesView(String measure, String segment, String publisher, String units, String unitsDescription,
        YearMonth from, YearMonth to, Instant asOf, LocalDate vintage, List<SeriesPoint> points) {
}
