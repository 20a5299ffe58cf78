package org.chinaauto.market.dataset;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.service.FigureLoader;

/** The published figures the suite ships with. */
@ApplicationScoped
public class DefaultDataset extends BundledDataset {

    /**
     * The name the load is recorded under in dataset_load: v2 (the seed facts with bounds and attribution) so that
     * a database that loaded the first dataset loads this one too; V2__vintages_and_attribution.sql removes the
     * first dataset's rows.
     */
    static final String NAME = "market-figures-v2";
    static final String FILE = "market-figures.csv";

    @Inject
    FigureLoader loader;

    @Inject
    MarketConfig config;

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
