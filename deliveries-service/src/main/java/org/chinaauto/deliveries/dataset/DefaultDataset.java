package org.chinaauto.deliveries.dataset;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chinaauto.common.load.InputRows;
import org.chinaauto.common.version.DatasetLoads;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.CatalogLoader;
import org.chinaauto.deliveries.service.DeliveryLoader;
import org.chinaauto.deliveries.service.TargetLoader;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the bundled default dataset (the brands, HIMA and its members, the published deliveries and
 * Leapmotor's 2025 target the suite ships with) on first start, through the same validation as any load.
 * Recorded in dataset_load, so it is loaded once per database even with several replicas starting together,
 * and a later revision by a user is never reverted.
 */
@ApplicationScoped
public class DefaultDataset {

    static final String NAME = "deliveries-default";
    private static final Logger LOG = Logger.getLogger(DefaultDataset.class);

    @Inject
    CatalogLoader catalog;

    @Inject
    DeliveryLoader deliveries;

    @Inject
    TargetLoader targets;

    @Inject
    EntityManager em;

    @Inject
    DeliveriesConfig config;

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
        try (InputStream brands = resource("brands.json"); InputStream groups = resource("groups.json");
                InputStream csv = resource("deliveries.csv"); InputStream targetCsv = resource("targets.csv")) {
            int b = catalog.loadBrands(brands).inserted();
            int g = catalog.loadGroups(groups).inserted();
            int d = deliveries.load(InputRows.fromCsv(csv, DeliveryLoader.COLUMNS, DeliveryLoader.REQUIRED)).inserted();
            int t = targets.load(InputRows.fromCsv(targetCsv, TargetLoader.COLUMNS, TargetLoader.REQUIRED)).inserted();
            LOG.infof("Loaded the default dataset %s: %d brands, %d groups, %d deliveries, %d target revisions", NAME, b, g,
                    d, t);
        }
    }

    private static InputStream resource(String name) {
        return DefaultDataset.class.getResourceAsStream("/dataset/" + name);
    }
}
