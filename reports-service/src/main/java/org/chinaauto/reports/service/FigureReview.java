package org.chinaauto.reports.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.stated.StatedForm;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.reports.input.FigureEdit;
import org.chinaauto.reports.report.ProposedFigure;
import org.chinaauto.reports.report.Report;
import org.chinaauto.reports.view.FigureView;

/** An editor's review of a report's proposed figures, until the report is loaded. */
@ApplicationScoped
public class FigureReview {

    public List<FigureView> figures(long reportId) {
        ReportService.report(reportId);
        return ProposedFigure.ofReport(reportId).stream().map(FigureView::of).toList();
    }

    public FigureView figure(long reportId, int number) {
        return FigureView.of(find(reportId, number));
    }

    @Transactional
    public FigureView edit(long reportId, int number, FigureEdit edit) {
        Report report = ReportService.report(reportId);
        if (report.loadedAt != null) {
            throw new ProblemException(409, "Report already loaded", "Report " + reportId + " was loaded at "
                    + report.loadedAt + "; its figures are now revised in their services, not here");
        }
        ProposedFigure f = find(reportId, number);
        if (edit.period() != null) {
            Period.parse(edit.period(), "period"); // the pattern lets a reversed span and year 0001 through
        }
        if (edit.statedAs() != null) {
            if (StatedForm.parse(edit.statedAs()).isEmpty()) {
                throw new InvalidInputException("stated_as", "'" + edit.statedAs() + "' is not a figure the suite "
                        + "reads (see docs/stated-forms.md)");
            }
            f.statedAs = edit.statedAs().strip();
        }
        if (edit.review() != null) {
            f.review = edit.review();
        }
        if (edit.measure() != null) {
            f.measure = edit.measure();
        }
        if (edit.segment() != null) {
            f.segment = edit.segment();
        }
        if (edit.subjectKind() != null) {
            f.subjectKind = edit.subjectKind();
        }
        if (edit.subject() != null) {
            f.subject = edit.subject().strip();
        }
        if (edit.period() != null) {
            f.period = edit.period();
        }
        if (edit.publisher() != null) {
            f.publisher = edit.publisher().strip();
        }
        if (edit.attribution() != null) {
            f.attribution = Attribution.valueOf(edit.attribution().toUpperCase(Locale.ROOT));
        }
        if (edit.yoyPct() != null) {
            f.yoyPct = edit.yoyPct();
        }
        if (edit.status() != null) {
            f.status = FigureStatus.valueOf(edit.status().toUpperCase(Locale.ROOT));
        }
        return FigureView.of(f);
    }

    private static ProposedFigure find(long reportId, int number) {
        ReportService.report(reportId);
        ProposedFigure f = ProposedFigure.of(reportId, number);
        if (f == null) {
            throw ProblemException.notFound("Report " + reportId + " has no figure " + number);
        }
        return f;
    }
}
