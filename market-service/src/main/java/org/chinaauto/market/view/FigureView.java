package org.chinaauto.market.view;

import static org.chinaauto.common.view.Numbers.lower;
import static org.chinaauto.common.view.Numbers.strip;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.market.figure.Figure;

/**
 * A figure version as the JSON API shows it: the load fields plus id, unit, the bounds of the stated value
 * ({@code low}, {@code high}; null when unbounded on that side), the effective publication date and load times;
 * {@code report_id} and {@code quote} (null when not given) name the report in reports-service and its sentence that
 * state the figure.
 */
public record FigureView(Long id, String measure, String segment, Period period, String publisher, BigDecimal value,
        BigDecimal low, BigDecimal high, String unit, String qualifier, BigDecimal precision, String statedAs,
        String status, BigDecimal reportedYoyPct, String reportedYoyQualifier, String definition, String attribution,
        String attributionNote, String published, LocalDate publishedOn, String source, Long reportId, String quote,
        String notes, Instant loadedAt, Instant supersededAt) {

    public static FigureView of(Figure f) {
        Estimate stated = f.observed();
        return new FigureView(f.id, lower(f.measure), lower(f.segment), f.period(), f.publisher,
                strip(f.value), strip(stated.low()), strip(stated.high()), lower(f.measure.unit()),
                lower(f.qualifier), strip(f.precision), f.statedAs, lower(f.status), strip(f.reportedYoyPct),
                lower(f.reportedYoyQualifier), f.definition, lower(f.attribution), f.attributionNote, f.published,
                f.publishedOn, f.source, f.reportId, f.quote, f.notes, f.loadedAt, f.supersededAt);
    }
}
