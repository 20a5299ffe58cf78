package org.chinaauto.deliveries.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of deliveries-service, all overridable from the environment (e.g. DELIVERIES_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "deliveries")
public interface DeliveriesConfig {

    Page page();

    Load load();

    Dataset dataset();

    /** A stated growth rate that differs from the computed one by more points than this is flagged. */
    @WithDefault("1.0")
    java.math.BigDecimal flagThresholdPoints();

    interface Page {
        @WithDefault("100")
        int defaultSize();

        @WithDefault("1000")
        int maxSize();
    }

    interface Load {
        /** The largest bulk-load body accepted, in bytes. */
        @WithDefault("33554432")
        long maxBytes();
    }

    interface Dataset {
        /** Load the bundled default dataset on first start. */
        @WithDefault("true")
        boolean loadDefault();
    }
}
