package org.chinaauto.exports.dataset;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.exports.config.ExportsConfig;
import org.chinaauto.exports.service.FigureLoader;

/** The published export figures the suite ships with. */
@ApplicationScoped
public class DefaultDataset extends BundledDataset {

    /** Renamed with each change of the bundled figures, so that an existing database loads the new ones. */
    static final String NAME = "export-figures-v2";
    private static final String FILE = "export-figures.csv";

    @Inject
    FigureLoader loader;

    @Inject
    ExportsConfig config;

    DefaultDataset() {
        super(NAME);
    }

    @Override
    protected DatasetSettings settings() {
        return config.dataset();
    }

    @Override
    protected String loadFiles() throws IOException {
        try (InputStream csv = resource(FILE)) {
            int figures = loader.loadCsv(csv).inserted();
            return figures + " figures";
        }
    }
}
