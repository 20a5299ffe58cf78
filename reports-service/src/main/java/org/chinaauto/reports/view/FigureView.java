package org.chinaauto.reports.view;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.stated.StatedFigure;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.reports.report.Measure;
import org.chinaauto.reports.report.ProposedFigure;
import org.chinaauto.reports.report.Review;
import org.chinaauto.reports.report.SubjectKind;

/**
 * A figure a report states, as proposed and reviewed: the sentence ({@code quote}, {@code start} to {@code end} in the
 * report's text) and the figure's own words in it ({@code stated_start} to {@code stated_end}); its value, qualifier,
 * precision and bounds read from {@code stated_as}; what it counts, its period, publisher and attribution, stated
 * year-on-year rate and status; the service that would keep it; why anything is null; and the review.
 */
public record FigureView(int number, String quote, int start, int end, String statedAs, int statedStart, int statedEnd,
        BigDecimal value, BigDecimal low, BigDecimal high, String qualifier, BigDecimal precision, Measure measure,
        String segment, SubjectKind subjectKind, String subject, String period, String publisher, String attribution,
        BigDecimal yoyPct, String status, String service, String reason, Review review) {

    public static FigureView of(ProposedFigure f) {
        StatedFigure stated = f.stated().orElse(null);
        Estimate bounds = stated == null ? null : stated.bounds();
        return new FigureView(f.number, f.quote, f.quoteStart, f.quoteEnd, f.statedAs, f.statedStart, f.statedEnd,
                stated == null ? null : stated.value(), bounds == null ? null : bounds.low(),
                bounds == null ? null : bounds.high(), stated == null ? null : Numbers.lower(stated.qualifier()),
                stated == null ? null : stated.precision(), f.measure, f.segment, f.subjectKind, f.subject, f.period,
                f.publisher, Numbers.lower(f.attribution), f.yoyPct, Numbers.lower(f.status),
                f.measure == null ? null : f.measure.service(), f.reason, f.review);
    }
}
