package org.chinaauto.data.load;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

/**
 * A data service's bulk load of one kind of row, as CSV or as JSON, through the suite's streamed pipeline, measured
 * and in one transaction. A service's loader states only what is its own: its columns ({@link Format}) and how a row
 * is checked and staged ({@link #pipeline}).
 *
 * @param <R> the row type, whose record components are the load's columns
 */
public abstract class BulkLoader<R> {

    /**
     * The columns of a load.
     *
     * @param columns every column a load may give
     * @param required the columns a CSV header must name
     * @param arrayField the field of a JSON object body that holds the rows ({"figures": [...]})
     * @param readOnly fields of the JSON view a load ignores, so that a JSON download can be posted back
     */
    public record Format(Set<String> columns, Set<String> required, String arrayField, Set<String> readOnly) {

        public Format(List<String> columns, Set<String> required, String arrayField, Set<String> readOnly) {
            this(Set.copyOf(columns), required, arrayField, readOnly);
        }
    }

    @Inject
    protected EntityManager em;

    @Inject
    protected Validator validator;

    @Inject
    LoadMetrics metrics;

    /** The columns of this load. */
    protected abstract Format format();

    /** The pipeline for one batch: the row type, the target table and the checks of a row and of the batch. */
    protected abstract LoadPipeline<R> pipeline();

    @Transactional
    public LoadReport loadCsv(InputStream body) {
        Format format = format();
        return metrics.measured(() -> pipeline().csv(body, format.columns(), format.required()));
    }

    @Transactional
    public LoadReport loadJson(InputStream body) {
        Format format = format();
        return metrics.measured(() -> pipeline().json(body, format.arrayField(), format.columns(), format.readOnly()));
    }
}
