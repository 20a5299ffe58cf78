package org.chinaauto.data.load;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business metrics of bulk loads, the same in every data service: {@code suite_figures_loaded_total}
 * by result, {@code suite_rows_rejected_total} and {@code suite_figure_revisions_total}.
 */
@Singleton
public class LoadMetrics {

    private final Counter inserted;
    private final Counter revised;
    private final Counter unchanged;
    private final Counter rejected;
    private final Counter revisions;

    public LoadMetrics(MeterRegistry registry) {
        inserted = loaded(registry, "inserted");
        revised = loaded(registry, "revised");
        unchanged = loaded(registry, "unchanged");
        rejected = Counter.builder("suite.rows.rejected").description("Rows of bulk loads rejected as invalid")
                .register(registry);
        revisions = Counter.builder("suite.figure.revisions")
                .description("Figures superseded by a revised value").register(registry);
    }

    private static Counter loaded(MeterRegistry registry, String result) {
        return Counter.builder("suite.figures.loaded").description("Figures received by bulk loads, by result")
                .tag("result", result).register(registry);
    }

    public void recorded(LoadReport report) {
        inserted.increment(report.inserted());
        revised.increment(report.revised());
        unchanged.increment(report.unchanged());
        revisions.increment(report.revised());
    }

    /** Counts the distinct rows named by the errors of a rejected batch. */
    public void rejected(List<FieldError> errors) {
        long rows = errors.stream().map(FieldError::line).filter(Objects::nonNull).distinct().count();
        rejected.increment(Math.max(rows, 1));
    }

    /** Runs a validation step of a load, counting the rows of a rejected batch. */
    public <T> T rejecting(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            rejected(e.errors());
            throw e;
        }
    }

    /** Runs a load: counts the rows of a rejected batch, or the figures of the report. */
    public LoadReport measured(Supplier<LoadReport> load) {
        LoadReport report = rejecting(load);
        recorded(report);
        return report;
    }
}
