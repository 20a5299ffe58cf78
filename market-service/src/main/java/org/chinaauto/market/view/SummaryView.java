package org.chinaauto.market.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Rate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The market for one period, per publisher (publishers are never mixed): production, sales, NEV production
 * and sales with their year-on-year growth, and the NEV share of sales. Publishers are paged in alphabetical order;
 * {@code has_more} says that another page follows.
 */
public record SummaryView(Period period, Instant asOf, LocalDate vintage, List<PublisherSummary> publishers, int page,
        int size, boolean hasMore) {

    public record PublisherSummary(String publisher, Amount production, Amount sales, Amount nevProduction,
            Amount nevSales, Rate nevShare) {
    }

    /**
     * A value for the period with its bounds, published or derived, with its year-on-year growth. The qualifier,
     * precision and stated form are the publisher's, so only a published amount has them; a derived amount's value
     * is the midpoint of its bounds. {@code low} and {@code high} are always shown, null meaning unbounded.
     * {@code status} is the least settled of the figures the amount rests on (estimate, preliminary or final). A
     * published amount that the publisher's other figures also give (a month from two year-to-date spans, ...) is
     * judged against that {@code derived_range}, flagged when outside it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amount(BigDecimal value, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal low,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal high, String unit, String qualifier,
            BigDecimal precision, String statedAs, String status, boolean derived, String derivation,
            List<SourceFigure> sources, LevelCheck<SourceFigure> derivedRange, Rate yoy) {
    }

    /**
     * A published figure that a value was taken or derived from, with the report (its id in reports-service) and
     * sentence that state it when the figure was loaded with them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceFigure(Long figureId, String measure, String segment, Period period, BigDecimal value,
            BigDecimal low, BigDecimal high, String qualifier, String statedAs, String status, String definition,
            String attribution, String attributionNote, String published, String source, Long reportId,
            String quote) {
    }
}
