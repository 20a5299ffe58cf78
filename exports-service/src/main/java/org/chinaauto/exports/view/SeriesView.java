package org.chinaauto.exports.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.chinaauto.data.series.SeriesPoint;

/** Exports of one powertrain, destination, publisher and definition over a range of months, as {@code units} says. */
public record SeriesView(String powertrain, String destination, String destinationName, String publisher,
        String definition, String units, String unitsDescription, YearMonth from, YearMonth to, Instant asOf,
        LocalDate vintage, List<SeriesPoint> points) {
}
