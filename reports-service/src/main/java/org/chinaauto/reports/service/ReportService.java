package org.chinaauto.reports.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.common.stated.Proposal;
import org.chinaauto.common.stated.ReportReader;
import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.reports.input.ReportInput;
import org.chinaauto.reports.load.LoadRows;
import org.chinaauto.reports.reading.PlainText;
import org.chinaauto.reports.reading.Subjects;
import org.chinaauto.reports.report.Measure;
import org.chinaauto.reports.report.ProposedFigure;
import org.chinaauto.reports.report.Report;
import org.chinaauto.reports.report.Review;
import org.chinaauto.reports.report.SubjectKind;
import org.chinaauto.reports.view.FigureView;
import org.chinaauto.reports.view.ReportView;
import org.jboss.logging.Logger;

/**
 * Reports as editors submit them: stored once per text with the figures they state, proposed by the suite's reader
 * (suite-common ReportReader), for review.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final Subjects subjects;

    ReportService(Subjects subjects) {
        this.subjects = subjects;
    }

    /** What a submission did: the report, and whether it was new or the one already holding this text. */
    public record Submitted(ReportView report, boolean created) {
    }

    @Transactional
    public Submitted submit(ReportInput input, String editor) {
        if (input.published().length() == 10 && !isDay(input.published())) {
            throw new InvalidInputException("published", "'" + input.published() + "' is not a day of the calendar");
        }
        String text = PlainText.of(input.text());
        if (text.isBlank()) {
            throw new InvalidInputException("text", "holds no text once its markup is dropped");
        }
        String sha256 = sha256(text);
        Report existing = Report.withText(sha256);
        if (existing != null) {
            return new Submitted(view(existing), false);
        }
        Report report = new Report();
        report.title = input.title().strip();
        report.outlet = blankToNull(input.outlet());
        report.url = blankToNull(input.url());
        report.published = input.published();
        report.text = text;
        report.textSha256 = sha256;
        report.submittedBy = editor;
        report.submittedAt = Instant.now();
        report.persist();
        List<Proposal> proposals = ReportReader.read(text, YearMonth.parse(input.published().substring(0, 7)),
                subjects.known());
        int number = 0;
        for (Proposal p : proposals) {
            figure(report.id, ++number, p).persist();
        }
        LOG.infof("Report %d \"%s\" submitted by %s: %d figures proposed", report.id, report.title, editor, number);
        return new Submitted(view(report), true);
    }

    /** The accepted figures {@code service} keeps, as its load CSV. */
    public String loadCsv(long id, String service) {
        Report report = report(id);
        if (LoadRows.resource(service) == null) {
            throw ProblemException.notFound("No service '" + service + "' loads figures; one of market, exports, "
                    + "deliveries");
        }
        List<ProposedFigure> figures = ProposedFigure.ofReport(id).stream()
                .filter(f -> f.review == Review.ACCEPTED && f.measure != null && service.equals(f.measure.service()))
                .toList();
        return LoadRows.csv(service, report, figures);
    }

    public List<ReportView> list() {
        return Report.<Report>find("order by id desc").page(0, 200).list().stream().map(ReportView::summary).toList();
    }

    public ReportView get(long id) {
        return view(report(id));
    }

    static Report report(long id) {
        Report r = Report.findById(id);
        if (r == null) {
            throw ProblemException.notFound("No report has id " + id);
        }
        return r;
    }

    static ReportView view(Report r) {
        return ReportView.of(r, ProposedFigure.ofReport(r.id).stream().map(FigureView::of).toList());
    }

    private static ProposedFigure figure(long reportId, int number, Proposal p) {
        ProposedFigure f = new ProposedFigure();
        f.reportId = reportId;
        f.number = number;
        f.quote = p.quote();
        f.quoteStart = p.start();
        f.quoteEnd = p.end();
        f.statedAs = p.statedAs();
        f.statedStart = p.statedStart();
        f.statedEnd = p.statedEnd();
        f.measure = p.measure() == null ? null : Measure.valueOf(p.measure().toUpperCase(java.util.Locale.ROOT));
        f.segment = p.segment();
        f.subjectKind = p.subjectKind() == null ? null
                : SubjectKind.valueOf(p.subjectKind().toUpperCase(java.util.Locale.ROOT));
        f.subject = p.subject();
        f.period = p.period() == null ? null : p.period().toString();
        f.publisher = p.publisher();
        f.attribution = p.attribution() == null ? null
                : Attribution.valueOf(p.attribution().toUpperCase(java.util.Locale.ROOT));
        f.yoyPct = p.yoyPct() == null ? null : p.yoyPct().stripTrailingZeros();
        f.status = p.status() == null ? null : FigureStatus.valueOf(p.status().toUpperCase(java.util.Locale.ROOT));
        f.reason = p.reason();
        return f;
    }

    /** Whether a date the pattern lets through (2025-02-30 does) is a day of the calendar. */
    private static boolean isDay(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
