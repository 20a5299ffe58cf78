package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Figure;

/**
 * An export figure version as the JSON API shows it: the load fields plus id, unit, destination name, the bounds of
 * the value (from its qualifier and precision; null for a destination named without a value), the effective
 * publication date and load times; {@code report_id} and {@code quote} (null when not given) name the report in
 * reports-service and its sentence that state the figure.
 */
public record FigureView(Long id, String powertrain, String destination, String destinationName, Period period,
        String publisher, Long value, Long low, Long high, String unit, String qualifier, Long precision,
        String statedAs, String status, Integer rank, BigDecimal reportedYoyPct, String reportedYoyQualifier,
        String statedGrowth,
        String statedGrowthFrom, String definition, String definitionNote, String attribution,
        String attributionNote, String published, LocalDate publishedOn, String source, Long reportId, String quote,
        String notes, Instant loadedAt, Instant supersededAt) {

    public static FigureView of(Figure f, String destinationName) {
        Estimate e = f.observed();
        return new FigureView(f.id, Numbers.lower(f.powertrain), f.destination, destinationName, f.period(),
                f.publisher, f.value, Counts.low(e), Counts.high(e), "vehicles", Numbers.lower(f.qualifier),
                f.precision, f.statedAs, Numbers.lower(f.status), f.rank, Numbers.strip(f.reportedYoyPct),
                Numbers.lower(f.reportedYoyQualifier),
                f.statedGrowth, f.statedGrowthFrom, f.definition, f.definitionNote, Numbers.lower(f.attribution),
                f.attributionNote, f.published, f.publishedOn, f.source, f.reportId, f.quote, f.notes, f.loadedAt, f.supersededAt);
    }
}
