package org.chinaauto.market.dataset;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.common.load.InputRows;
import org.chinaauto.common.version.DatasetLoads;
import org.chinaauto.common.load.LoadReport;
import org.chinaauto.market.config.MarketConfig;
import org.chinaauto.market.service.FigureLoader;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the bundled default dataset (the published figures the suite ships with) on first start, through
 * the same validation as any bulk load. Recorded in dataset_load, so it is loaded once per database even
 * with several replicas starting together, and a later revision by a user is never reverted.
 */
@ApplicationScoped
public class DefaultDataset {

    static final String NAME = "market-figures";
    private static final Logger LOG = Logger.getLogger(DefaultDataset.class);

    @Inject
    FigureLoader loader;

    @Inject
    EntityManager em;

    @Inject
    MarketConfig config;

    void onStart(@Observes StartupEvent start) throws IOException {
        if (config.dataset().loadDefault()) {
            load();
        }
    }

    @Transactional
    void load() throws IOException {
        if (!DatasetLoads.claim(em, NAME)) {
            return;
        }
        try (InputStream csv = DefaultDataset.class.getResourceAsStream("/dataset/" + NAME + ".csv")) {
            LoadReport report = loader.load(InputRows.fromCsv(csv, FigureLoader.COLUMNS, FigureLoader.REQUIRED));
            LOG.infof("Loaded the default dataset %s: %d figures", NAME, report.inserted());
        }
    }
}
