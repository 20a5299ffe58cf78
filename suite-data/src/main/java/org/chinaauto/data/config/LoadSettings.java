package org.chinaauto.data.config;

import io.smallrye.config.WithDefault;

/** The bulk-load group ({@code <prefix>.load.*}) of each service's config mapping. */
public interface LoadSettings {

    /**
     * The largest bulk-load body accepted, in bytes: 256 MiB by default, which holds a 1,000,000-row CSV of any
     * service's load columns several times over. Loads are streamed ({@link org.chinaauto.data.load.LoadPipeline}),
     * so memory does not grow with the body; above the limit a load gets 413.
     */
    @WithDefault("268435456")
    long maxBytes();
}
