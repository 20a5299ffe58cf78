package org.chinaauto.reports.view;

import java.time.Instant;
import java.util.List;

import org.chinaauto.reports.report.Report;

/**
 * A report: what was submitted, by whom and when, when its figures were loaded, its text (left out of lists) and the
 * figures it states (left out of lists), and the address of its page.
 */
public record ReportView(long id, String title, String outlet, String url, String published, String submittedBy,
        Instant submittedAt, Instant loadedAt, String text, List<FigureView> figures) {

    public static ReportView of(Report r, List<FigureView> figures) {
        return new ReportView(r.id, r.title, r.outlet, r.url, r.published, r.submittedBy, r.submittedAt, r.loadedAt,
                r.text, figures);
    }

    public static ReportView summary(Report r) {
        return new ReportView(r.id, r.title, r.outlet, r.url, r.published, r.submittedBy, r.submittedAt, r.loadedAt,
                null, null);
    }
}
