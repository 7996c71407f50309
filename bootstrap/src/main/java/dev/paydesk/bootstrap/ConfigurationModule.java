package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;

/** Makes the parsed configuration available to the other modules. */
public final class ConfigurationModule extends AbstractModule {
    private final Configuration configuration;

    public ConfigurationModule(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        bind(Configuration.class).toInstance(configuration);
    }
}
