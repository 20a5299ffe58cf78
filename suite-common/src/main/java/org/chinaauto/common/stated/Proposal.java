package org.chinaauto.common.stated;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

/**
 * A figure a report states, as {@link ReportReader} proposes it for review: the sentence that states it ({@code quote},
 * {@code start} to {@code end} in the report's text) and the figure's own words in it ({@code statedStart} to
 * {@code statedEnd}); what it states; what it counts ({@code measure}, {@code segment}, a {@code subject} of kind
 * {@code subjectKind}: brand, group or destination); its period; who published it and whether the text names them or
 * the suite infers them; a year-on-year rate the text states for it; a status the text gives; and the service that
 * would keep it. Whatever the words do not give is null, and {@code reason} says why.
 */
public record Proposal(String quote, int start, int end, int statedStart, int statedEnd, StatedFigure figure,
        String measure, String segment, String subjectKind, String subject, Period period, String publisher,
        String attribution, BigDecimal yoyPct, String status, String service, String reason) {

    /** The figure's words, as stated. */
    public String statedAs() {
        return figure.text();
    }

    public Estimate bounds() {
        return figure.bounds();
    }

    Proposal withMeasure(String newMeasure, String newService, String newReason) {
        return new Proposal(quote, start, end, statedStart, statedEnd, figure, newMeasure, segment, subjectKind, subject,
                period, publisher, attribution, yoyPct, status, newService, newReason);
    }

    Proposal withYoy(BigDecimal pct) {
        return new Proposal(quote, start, end, statedStart, statedEnd, figure, measure, segment, subjectKind, subject,
                period, publisher, attribution, pct, status, service, reason);
    }

    Proposal withAttribution(String newAttribution, String newReason) {
        return new Proposal(quote, start, end, statedStart, statedEnd, figure, measure, segment, subjectKind, subject,
                period, publisher, newAttribution, yoyPct, status, service, newReason);
    }
}
