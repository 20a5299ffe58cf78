package org.chinaauto.reports.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.reports.report.ProposedFigure;
import org.chinaauto.reports.report.Report;
import org.chinaauto.reports.report.ReportLoad;
import org.chinaauto.reports.report.Review;
import org.chinaauto.reports.view.LoadView;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Loads a report's accepted figures into the services that keep them, one load per service through its normal bulk
 * load with the editor's token, each figure carrying the report's id and its sentence. A service loaded once is not
 * loaded again: a load cut short by a service that is down resumes with the others, and a report loaded twice changes
 * nothing. No database transaction is held while a service answers.
 */
@ApplicationScoped
public class ReportLoader {

    private static final Logger LOG = Logger.getLogger(ReportLoader.class);

    private final Downstreams downstreams;

    ReportLoader(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    public LoadView load(long reportId, String authorization, String editor) {
        Report report = QuarkusTransaction.requiringNew().call(() -> report(reportId));
        Map<String, List<ProposedFigure>> byService = QuarkusTransaction.requiringNew()
                .call(() -> accepted(reportId));
        List<LoadView.ServiceLoad> outcomes = new ArrayList<>();
        for (var entry : byService.entrySet()) {
            String service = entry.getKey();
            ReportLoad done = QuarkusTransaction.requiringNew().call(() -> ReportLoad
                    .<ReportLoad>find("reportId = ?1 and service = ?2", reportId, service).firstResult());
            if (done != null) {
                outcomes.add(new LoadView.ServiceLoad(service, done.figures, done.loadedAt, "already_loaded"));
                continue;
            }
            send(service, LoadRows.csv(service, report, entry.getValue()), authorization, reportId);
            ReportLoad load = new ReportLoad();
            load.reportId = reportId;
            load.service = service;
            load.figures = entry.getValue().size();
            load.loadedAt = Instant.now();
            QuarkusTransaction.requiringNew().run(load::persist);
            outcomes.add(new LoadView.ServiceLoad(service, load.figures, load.loadedAt, "loaded"));
            LOG.infof("Report %d: %d figures loaded into %s-service by %s", reportId, load.figures, service, editor);
        }
        Instant loadedAt = QuarkusTransaction.requiringNew().call(() -> {
            Report r = Report.findById(reportId);
            if (r.loadedAt == null) {
                r.loadedAt = Instant.now();
                r.loadedBy = editor;
            }
            return r.loadedAt;
        });
        return new LoadView(reportId, loadedAt, outcomes);
    }

    private static Report report(long reportId) {
        Report r = Report.findById(reportId);
        if (r == null) {
            throw ProblemException.notFound("No report has id " + reportId);
        }
        return r;
    }

    /** The accepted figures by service, each complete enough to load; a problem naming every one that is not. */
    private static Map<String, List<ProposedFigure>> accepted(long reportId) {
        List<ProposedFigure> accepted = ProposedFigure.ofReport(reportId).stream()
                .filter(f -> f.review == Review.ACCEPTED).toList();
        if (accepted.isEmpty()) {
            throw new ProblemException(409, "Nothing to load", "Report " + reportId + " has no accepted figures; "
                    + "accept the ones to load (PATCH /api/reports/" + reportId + "/figures/{number})");
        }
        List<FieldError> missing = new ArrayList<>();
        Map<String, List<ProposedFigure>> byService = new LinkedHashMap<>();
        for (ProposedFigure f : accepted) {
            List<String> gaps = FigureCheck.gaps(f);
            if (!gaps.isEmpty()) {
                missing.add(new FieldError(f.number, "figure " + f.number, String.join("; ", gaps)));
            } else {
                byService.computeIfAbsent(f.measure.service(), s -> new ArrayList<>()).add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "Figures not ready to load", missing.size() + " accepted figure(s) of "
                    + "report " + reportId + " lack what their service needs; edit or reject them. Nothing was "
                    + "loaded.", missing);
        }
        return byService;
    }

    private void send(String service, String csv, String authorization, long reportId) {
        Response answer;
        try {
            answer = downstreams.loads(service).load(LoadRows.resource(service), authorization, csv);
        } catch (ProcessingException e) {
            LOG.warnf("Report %d: %s-service could not be reached to load its figures: %s", reportId, service,
                    e.getMessage());
            throw new ProblemException(503, "Service unavailable", service + "-service could not be reached; "
                    + "nothing more was loaded. Load the report again later: services already loaded are skipped");
        }
        try (answer) {
            int status = answer.getStatus();
            if (status >= 200 && status < 300) {
                return;
            }
            String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
            LOG.warnf("Report %d: %s-service answered %d to its load: %s", reportId, service, status, body);
            if (status == 401 || status == 403) {
                throw new ProblemException(status, status == 401 ? "Unauthorized" : "Forbidden", service
                        + "-service refused the editor's token: " + body);
            }
            if (status >= 500 || status == 429) {
                throw new ProblemException(503, "Service unavailable", service + "-service answered " + status
                        + "; nothing more was loaded. Load the report again later");
            }
            throw new ProblemException(422, "Figures refused", service + "-service refused the report's figures "
                    + "(" + status + "): " + body);
        }
    }
}
