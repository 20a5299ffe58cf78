package org.chinaauto.exports.dataset;

import jakarta.inject.Singleton;

import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.exports.config.ExportsConfig;
import org.chinaauto.exports.service.FigureLoader;

/** The published export figures the suite ships with. */
@Singleton
public class DefaultDataset extends BundledDataset {

    /** Renamed with each change of the bundled figures, so that an existing database loads the new ones. */
    static final String NAME = "export-figures-v2";
    private static final String FILE = "export-figures.csv";

    DefaultDataset(ExportsConfig config, FigureLoader loader) {
        super(NAME, config.dataset(), new File(FILE, loader::loadCsv, "figures"));
    }
}
