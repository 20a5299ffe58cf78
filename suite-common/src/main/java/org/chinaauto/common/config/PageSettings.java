package org.chinaauto.common.config;

import io.smallrye.config.WithDefault;

/** The paging group ({@code <prefix>.page.*}) of each service's config mapping, with the suite's defaults. */
public interface PageSettings {

    @WithDefault("100")
    int defaultSize();

    @WithDefault("1000")
    int maxSize();
}
