package org.chinaauto.exports.config;

import org.chinaauto.common.config.DatasetSettings;
import org.chinaauto.common.config.LoadSettings;
import org.chinaauto.common.config.PageSettings;

import io.smallrye.config.ConfigMapping;

/** Settings of exports-service, all overridable from the environment (e.g. EXPORTS_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "exports")
public interface ExportsConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();
}
