package org.chinaauto.market.config;

import org.chinaauto.common.config.DatasetSettings;
import org.chinaauto.common.config.LoadSettings;
import org.chinaauto.common.config.PageSettings;

import io.smallrye.config.ConfigMapping;

/** Settings of market-service, all overridable from the environment (e.g. MARKET_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "market")
public interface MarketConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();
}
