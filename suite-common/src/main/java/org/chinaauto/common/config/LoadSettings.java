package org.chinaauto.common.config;

import io.smallrye.config.WithDefault;

/** The bulk-load group ({@code <prefix>.load.*}) of each service's config mapping. */
public interface LoadSettings {

    /** The largest bulk-load body accepted, in bytes. */
    @WithDefault("33554432")
    long maxBytes();
}
