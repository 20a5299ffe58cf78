package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.time.Instant;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Figure;

/** An export figure version as the JSON API shows it: the load fields plus id, unit, destination name and load times. */
public record FigureView(Long id, String powertrain, String destination, String destinationName, Period period,
        String publisher, Long value, String unit, String qualifier, Long precision, String statedAs, Integer rank,
        BigDecimal reportedYoyPct, String reportedYoyQualifier, String definition, String definitionNote,
        String published, String source, String notes, Instant loadedAt, Instant supersededAt) {

    public static FigureView of(Figure f, String destinationName) {
        return new FigureView(f.id, Numbers.lower(f.powertrain), f.destination, destinationName, f.period(),
                f.publisher, f.value, "vehicles", Numbers.lower(f.qualifier), f.precision, f.statedAs, f.rank,
                Numbers.strip(f.reportedYoyPct), Numbers.lower(f.reportedYoyQualifier), f.definition,
                f.definitionNote, f.published, f.source, f.notes, f.loadedAt, f.supersededAt);
    }
}
