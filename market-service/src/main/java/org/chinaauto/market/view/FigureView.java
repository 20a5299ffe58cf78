package org.chinaauto.market.view;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.strip;

import java.math.BigDecimal;
import java.time.Instant;

import org.chinaauto.common.period.Period;
import org.chinaauto.market.figure.Figure;

/** A figure version as the JSON API shows it: the load fields plus id, unit and load times. */
public record FigureView(Long id, String measure, String segment, Period period, String publisher, BigDecimal value,
        String unit, String qualifier, BigDecimal precision, String statedAs, BigDecimal reportedYoyPct,
        String reportedYoyQualifier, String definition, String published, String source, String notes,
        Instant loadedAt, Instant supersededAt) {

    public static FigureView of(Figure f) {
        return new FigureView(f.id, lower(f.measure), lower(f.segment), f.period(), f.publisher,
                strip(f.value), lower(f.measure.unit()), lower(f.qualifier), strip(f.precision),
                f.statedAs, strip(f.reportedYoyPct), lower(f.reportedYoyQualifier), f.definition, f.published,
                f.source, f.notes, f.loadedAt, f.supersededAt);
    }
}
