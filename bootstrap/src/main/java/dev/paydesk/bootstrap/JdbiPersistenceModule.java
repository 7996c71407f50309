package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import dev.paydesk.adapters.persistence.payoutaccount.AesGcmAccountNumberCipher;
import dev.paydesk.application.PaydeskPorts;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.sql.DataSource;

/** Persistence on JDBI: PostgreSQL when PAYDESK_DB_URL says so, else the embedded H2 file under the data directory. */
public final class JdbiPersistenceModule extends AbstractModule {
    /** The id stored with each ciphertext; a rotation adds a new id and keeps this one readable. */
    private static final String KEY_ID = "k1";

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
                configuration.dbPassword().orElse(configuration.embedded() ? "" : null), configuration.dbPoolSize());
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
    PaydeskPorts ports(HikariDataSource dataSource, Configuration configuration) {
        return JdbiPersistence.migrate(dataSource, new AesGcmAccountNumberCipher(KEY_ID, encryptionKey(configuration)));
    }

    /**
     * PAYDESK_ENCRYPTION_KEY when set (required with PostgreSQL); in embedded mode a key generated on
     * first start and kept beside the database, readable by its owner only.
     */
    static byte[] encryptionKey(Configuration configuration) {
        if (configuration.encryptionKey().isPresent()) {
            return configuration.encryptionKey().get();
        }
        Path file = configuration.dataDirectory().resolve("encryption.key");
        try {
            Files.createDirectories(configuration.dataDirectory());
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the data directory's own permissions protect it
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the encryption key " + file, e);
        }
    }
}
