package dev.paydesk.adapters.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools for the two supported databases. */
public final class PooledDataSources {
    /** H2 options that make it behave like PostgreSQL for our SQL. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

    /**
     * A command's last writes and its COMMIT go to PostgreSQL in one message ({@link DeferredWrites#flushAndCommit}). If
     * this side gives up while that message waits for a row lock (a socket timeout, a process stopped), the server would
     * otherwise commit once the lock is granted; with this setting (PostgreSQL 14 and later) it notices the closed
     * connection within a second and rolls back.
     */
    static final String CHECK_THE_CLIENT_IS_THERE = "DO $$ BEGIN IF current_setting('server_version_num')::int >= 140000 THEN "
            + "PERFORM set_config('client_connection_check_interval', '1000', false); END IF; END $$";

    private PooledDataSources() {
    }

    public static String embeddedH2Url(String directory) {
        return "jdbc:h2:file:" + directory + "/paydesk" + H2_OPTIONS;
    }

    public static HikariDataSource create(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(maximumPoolSize);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // Batched inserts (postings, audit rows, settlement lines) go as multi-row INSERTs: fewer round trips.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.setConnectionInitSql(CHECK_THE_CLIENT_IS_THERE);
        }
        config.setPoolName("paydesk");
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
