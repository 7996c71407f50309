package dev.paydesk.adapters.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: an in-memory H2 database, or a new database on a real
 * PostgreSQL server. The server is the one named by {@code PAYDESK_TEST_PG_URL} (a JDBC URL of a
 * server's maintenance database, user in {@code PAYDESK_TEST_PG_USER}) or else an embedded
 * PostgreSQL started once per JVM (zonky; as root it runs initdb through {@code unshare -U}).
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile PostgresServer postgres;
    private static volatile String migratedTemplate;

    private TestDatabases() {
    }

    public static HikariDataSource h2() {
        String url = "jdbc:h2:mem:paydesk_test_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + PooledDataSources.H2_OPTIONS;
        return PooledDataSources.create(url, "sa", "", 16);
    }

    public static HikariDataSource postgres() {
        return postgres(16);
    }

    public static HikariDataSource postgres(int poolSize) {
        PostgresServer server = postgresServer();
        String database = "paydesk_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        return PooledDataSources.create(server.jdbcUrl(database), server.user(), server.password(), poolSize);
    }

    /**
     * A new PostgreSQL database with the schema already migrated: a copy of a template database migrated once per JVM
     * ({@code CREATE DATABASE … TEMPLATE}), much cheaper than migrating every test's database from scratch.
     */
    public static HikariDataSource migratedPostgres() {
        PostgresServer server = postgresServer();
        String database = "paydesk_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        createDatabase(server, database + " TEMPLATE " + migratedTemplate(server));
        return PooledDataSources.create(server.jdbcUrl(database), server.user(), server.password(), 16);
    }

    private static String migratedTemplate(PostgresServer server) {
        if (migratedTemplate == null) {
            synchronized (TestDatabases.class) {
                if (migratedTemplate == null) {
                    String template = "paydesk_template_" + ProcessHandle.current().pid();
                    createDatabase(server, template);
                    try (HikariDataSource dataSource = PooledDataSources.create(server.jdbcUrl(template), server.user(), server.password(), 2)) {
                        JdbiPersistence.migrate(dataSource);
                    }
                    migratedTemplate = template;
                }
            }
        }
        return migratedTemplate;
    }

    private static void createDatabase(PostgresServer server, String nameAndOptions) {
        try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + nameAndOptions);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + nameAndOptions, e);
        }
    }

    private static PostgresServer postgresServer() {
        if (postgres == null) {
            synchronized (TestDatabases.class) {
                if (postgres == null) {
                    postgres = startServer();
                }
            }
        }
        return postgres;
    }

    private static PostgresServer startServer() {
        String externalUrl = System.getenv("PAYDESK_TEST_PG_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return PostgresServer.external(externalUrl, System.getenv().getOrDefault("PAYDESK_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("PAYDESK_TEST_PG_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory lives under target/
                }
            }));
            return PostgresServer.embedded(embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * A separate embedded PostgreSQL with {@code fsync} and {@code synchronous_commit} ON, as production money
     * needs — for benchmarks, not tests. Returns a pool on a fresh database; the server stops with the JVM.
     */
    public static HikariDataSource durablePostgres(int poolSize) {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            PostgresServer server = PostgresServer.embedded(embedded);
            try (Connection connection = server.admin().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE paydesk_benchmark");
            }
            return PooledDataSources.create(server.jdbcUrl("paydesk_benchmark"), server.user(), server.password(), poolSize);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark database", e);
        }
    }

    /** Closes a pool created here. */
    public static void close(javax.sql.DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }
}
