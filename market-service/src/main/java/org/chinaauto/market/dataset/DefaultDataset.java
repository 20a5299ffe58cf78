package org.chinaauto.market.dataset;

import jakarta.inject.Singleton;

import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.service.FigureLoader;

/** The published figures the suite ships with. */
@Singleton
public class DefaultDataset extends BundledDataset {

    /**
     * The name the load is recorded under in dataset_load: v2 (the seed facts with bounds and attribution) so that
     * a database that loaded the first dataset loads this one too; V2__vintages_and_attribution.sql removes the
     * first dataset's rows.
     */
    static final String NAME = "market-figures-v2";
    static final String FILE = "market-figures.csv";

    DefaultDataset(MarketConfig config, FigureLoader loader) {
        super(NAME, config.dataset(), new File(FILE, loader::loadCsv, "figures"));
    }
}
