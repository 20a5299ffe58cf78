package org.chinaauto.data.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.load.LoadReport;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A service's bundled default dataset, loaded on first start through the same validation as any load. Recorded
 * in dataset_load (see {@link DatasetLoads}), so it is loaded once per database even with several replicas
 * starting together, and a later revision by a user is never reverted. A service extends it with its dataset's
 * name, settings and files, in the order they load.
 */
public abstract class BundledDataset {

    private static final Logger LOG = Logger.getLogger(BundledDataset.class);

    private final String name;
    private final DatasetSettings settings;
    private final List<File> files;

    @Inject
    protected EntityManager em;

    /** A file of the service's {@code /dataset} resources, the loader that takes it, and what its rows are. */
    public record File(String name, Function<InputStream, LoadReport> loader, String rows) {
    }

    protected BundledDataset(String name, DatasetSettings settings, File... files) {
        this.name = name;
        this.settings = settings;
        this.files = List.of(files);
    }

    void onStart(@Observes StartupEvent start) {
        if (settings.loadDefault()) {
            load();
        }
    }

    // protected, not package-private: the interceptor subclass lives in the service's package and must override it
    @Transactional
    protected void load() {
        if (!DatasetLoads.claim(em, name)) {
            return;
        }
        LOG.infof("Loaded the default dataset %s: %s", name,
                files.stream().map(this::loadFile).collect(Collectors.joining(", ")));
    }

    /** Loads a file; says what it loaded, for the log (e.g. "120 figures"). */
    private String loadFile(File file) {
        try (InputStream in = getClass().getResourceAsStream("/dataset/" + file.name())) {
            if (in == null) {
                throw new IllegalStateException("no /dataset/" + file.name() + " among the service's resources");
            }
            return file.loader().apply(in).inserted() + " " + file.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
