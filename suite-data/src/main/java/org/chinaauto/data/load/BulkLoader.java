package org.chinaauto.data.load;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A data service's bulk load of one kind of row, as CSV or as JSON, through the suite's streamed pipeline, measured
 * and in one transaction. A service's loader states only what is its own: its row type (whose
 * {@code @JsonPropertyOrder} lists the columns), its {@link Format}, its {@link LoadTarget} and how a row is checked
 * and staged ({@link #rowCheck}).
 *
 * @param <R> the row type, whose record components are the load's columns
 */
public abstract class BulkLoader<R> {

    /**
     * How a load's body is read.
     *
     * @param required the columns a CSV header must name
     * @param arrayField the field of a JSON object body that holds the rows ({"figures": [...]})
     * @param readOnly fields of the JSON view a load ignores, so that a JSON download can be posted back
     */
    public record Format(Set<String> required, String arrayField, Set<String> readOnly) {
    }

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    LoadMetrics metrics;

    private final Class<R> type;
    private final Set<String> columns;
    private final Format format;
    private final LoadTarget target;

    protected BulkLoader(Class<R> type, Format format, LoadTarget target) {
        this.type = type;
        this.columns = Set.copyOf(List.of(type.getAnnotation(JsonPropertyOrder.class).value()));
        this.format = format;
        this.target = target;
    }

    /**
     * The check of each row of one batch. What it checks against is read here, before the rows stream in: the
     * connection is busy with the COPY while rows are validated.
     */
    protected abstract RowCheck<R> rowCheck();

    /** The check of the staged batch against the stored rows, or null when the load has none. */
    protected StagedCheck stagedCheck() {
        return null;
    }

    @Transactional
    public LoadReport loadCsv(InputStream body) {
        return metrics.measured(() -> pipeline().csv(body, columns, format.required()));
    }

    @Transactional
    public LoadReport loadJson(InputStream body) {
        return metrics.measured(() -> pipeline().json(body, format.arrayField(), columns, format.readOnly()));
    }

    /** The pipeline for one batch. */
    private LoadPipeline<R> pipeline() {
        LoadPipeline<R> pipeline = new LoadPipeline<>(em, validator, type, target, rowCheck());
        StagedCheck staged = stagedCheck();
        return staged == null ? pipeline : pipeline.checking(staged);
    }
}
