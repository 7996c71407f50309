package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.paydesk.adapters.http.HttpServer;
import dev.paydesk.adapters.http.HttpSettings;
import dev.paydesk.application.Paydesk;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;

/** The Javalin server over the use cases. */
public final class HttpModule extends AbstractModule {

    @Provides
    @Singleton
    HttpServer server(Paydesk paydesk, PrometheusMeterRegistry metrics, Configuration configuration) {
        return new HttpServer(paydesk, metrics, HttpSettings.onPort(configuration.port()));
    }
}
