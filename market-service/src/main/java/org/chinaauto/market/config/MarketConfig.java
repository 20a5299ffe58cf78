package org.chinaauto.market.config;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.config.LoadSettings;

import io.smallrye.config.ConfigMapping;

/** Settings of market-service, all overridable from the environment (e.g. MARKET_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "market")
public interface MarketConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();
}
