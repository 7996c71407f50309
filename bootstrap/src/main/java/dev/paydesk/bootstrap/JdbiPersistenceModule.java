package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import dev.paydesk.application.PaydeskPorts;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;

/** Persistence on JDBI: PostgreSQL when PAYDESK_DB_URL says so, else the embedded H2 file under the data directory. */
public final class JdbiPersistenceModule extends AbstractModule {
    private static final int POOL_SIZE = 20;

    @Provides
    @Singleton
    HikariDataSource dataSource(Configuration configuration, PrometheusMeterRegistry metrics) {
        String url = configuration.dbUrl().orElseGet(() -> {
            try {
                Files.createDirectories(configuration.dataDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + configuration.dataDirectory(), e);
            }
            return PooledDataSources.embeddedH2Url(configuration.dataDirectory().toAbsolutePath().toString());
        });
        HikariDataSource dataSource = PooledDataSources.create(url,
                configuration.dbUser().orElse(configuration.embedded() ? "sa" : null),
                configuration.dbPassword().orElse(configuration.embedded() ? "" : null), POOL_SIZE);
        dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        return dataSource;
    }

    @Provides
    @Singleton
    DataSource plainDataSource(HikariDataSource dataSource) {
        return dataSource;
    }

    @Provides
    @Singleton
    PaydeskPorts ports(HikariDataSource dataSource) {
        return JdbiPersistence.migrate(dataSource);
    }
}
