package org.chinaauto.deliveries.dataset;

import jakarta.inject.Singleton;

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
@Singleton
public class DefaultDataset extends BundledDataset {

    static final String NAME = "deliveries-default-v2";

    DefaultDataset(DeliveriesConfig config, CatalogLoader catalog, DeliveryLoader deliveries, TargetLoader targets) {
        super(NAME, config.dataset(), new File("brands.json", catalog::loadBrands, "brands"),
                new File("groups.json", catalog::loadGroups, "groups"),
                new File("deliveries.csv", deliveries::loadCsv, "deliveries"),
                new File("targets.csv", targets::loadCsv, "target revisions"));
    }
}
