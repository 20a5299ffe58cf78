package org.chinaauto.data.version;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.data.config.DatasetSettings;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A service's bundled default dataset, loaded on first start through the same validation as any load. Recorded
 * in dataset_load (see {@link DatasetLoads}), so it is loaded once per database even with several replicas
 * starting together, and a later revision by a user is never reverted. A service extends it with its dataset's
 * name and how to load it.
 */
public abstract class BundledDataset {

    private static final Logger LOG = Logger.getLogger(BundledDataset.class);

    private final String name;

    @Inject
    protected EntityManager em;

    protected BundledDataset(String name) {
        this.name = name;
    }

    /** The service's {@code <prefix>.dataset} settings. */
    protected abstract DatasetSettings settings();

    /** Loads the bundled files; returns what was loaded, for the log (e.g. "120 figures"). */
    protected abstract String loadFiles() throws IOException;

    void onStart(@Observes StartupEvent start) throws IOException {
        if (settings().loadDefault()) {
            load();
        }
    }

    // protected, not package-private: the interceptor subclass lives in the service's package and must override it
    @Transactional
    protected void load() throws IOException {
        if (!DatasetLoads.claim(em, name)) {
            return;
        }
        LOG.infof("Loaded the default dataset %s: %s", name, loadFiles());
    }

    /** A file of the service's {@code /dataset} resources. */
    protected InputStream resource(String file) {
        return getClass().getResourceAsStream("/dataset/" + file);
    }
}
