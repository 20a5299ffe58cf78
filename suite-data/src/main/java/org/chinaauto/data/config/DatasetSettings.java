package org.chinaauto.data.config;

import io.smallrye.config.WithDefault;

/** The bundled-dataset group ({@code <prefix>.dataset.*}) of each service's config mapping. */
public interface DatasetSettings {

    /** Load the bundled default dataset on first start. */
    @WithDefault("true")
    boolean loadDefault();
}
