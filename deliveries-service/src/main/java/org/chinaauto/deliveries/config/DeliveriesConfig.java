package org.chinaauto.deliveries.config;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.config.LoadSettings;

import io.smallrye.config.ConfigMapping;

/** Settings of deliveries-service, all overridable from the environment (e.g. DELIVERIES_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "deliveries")
public interface DeliveriesConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();
}
