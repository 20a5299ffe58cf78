package org.chinaauto.exports.config;

import java.math.BigDecimal;

import org.chinaauto.common.config.DatasetSettings;
import org.chinaauto.common.config.LoadSettings;
import org.chinaauto.common.config.PageSettings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of exports-service, all overridable from the environment (e.g. EXPORTS_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "exports")
public interface ExportsConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();

    /** A reported share or growth rate that differs from the computed one by more points than this is flagged. */
    @WithDefault("1.0")
    BigDecimal flagThresholdPoints();
}
