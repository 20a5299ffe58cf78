package org.chinaauto.common.config;

import io.smallrye.config.WithDefault;

/** The bulk-load group ({@code <prefix>.load.*}) of each service's config mapping. */
public interface LoadSettings {

    /**
     * The largest bulk-load body accepted, in bytes. The default suits a load validated in memory; a service that
     * streams its loads through {@link org.chinaauto.common.load.LoadPipeline} sets its own (market: 256 MiB).
     */
    @WithDefault("33554432")
    long maxBytes();
}
