package org.chinaauto.exports.config;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.data.config.DatasetSettings;
import org.chinaauto.data.config.LoadSettings;

import io.smallrye.config.ConfigMapping;

/** Settings of exports-service, all overridable from the environment (e.g. EXPORTS_PAGE_MAX_SIZE). */
@ConfigMapping(prefix = "exports")
public interface ExportsConfig {

    PageSettings page();

    LoadSettings load();

    DatasetSettings dataset();
}
