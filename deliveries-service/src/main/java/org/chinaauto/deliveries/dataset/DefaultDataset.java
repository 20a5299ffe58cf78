package org.chinaauto.deliveries.dataset;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.version.BundledDataset;
import org.chinaauto.deliveries.config.DeliveriesConfig;
import org.chinaauto.deliveries.service.CatalogLoader;
import org.chinaauto.deliveries.service.DeliveryLoader;
import org.chinaauto.deliveries.service.TargetLoader;

/**
 * The brands, HIMA and its three named members, the November 2025 deliveries and Leapmotor's 2025 target the suite
 * ships with: exactly what the source report states (seed-facts.md, D1-D5 and T1). Renamed when its content changes,
 * so that an existing database loads it again (the rows it dropped are deleted by a migration).
 */
@ApplicationScoped
public class DefaultDataset extends BundledDataset {

    static final String NAME = "deliveries-default-v2";

    @Inject
    CatalogLoader catalog;

    @Inject
    DeliveryLoader deliveries;

    @Inject
    TargetLoader targets;

    @Inject
    DeliveriesConfig config;

    DefaultDataset() {
        super(NAME);
    }

    @Override
    protected DatasetSettings settings() {
        return config.dataset();
    }

    @Override
    protected String loadFiles() throws IOException {
        try (InputStream brands = resource("brands.json"); InputStream groups = resource("groups.json");
                InputStream csv = resource("deliveries.csv"); InputStream targetCsv = resource("targets.csv")) {
            int b = catalog.loadBrands(brands).inserted();
            int g = catalog.loadGroups(groups).inserted();
            int d = deliveries.loadCsv(csv).inserted();
            int t = targets.loadCsv(targetCsv).inserted();
            return String.format("%d brands, %d groups, %d deliveries, %d target revisions", b, g, d, t);
        }
    }
}
