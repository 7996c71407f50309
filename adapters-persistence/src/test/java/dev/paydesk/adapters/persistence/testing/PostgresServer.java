package dev.paydesk.adapters.persistence.testing;

import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;

/** A PostgreSQL server tests can create databases on. */
record PostgresServer(String urlPrefix, String user, String password, DataSource admin) {

    static PostgresServer embedded(EmbeddedPostgres embedded) {
        String url = embedded.getJdbcUrl("postgres", "postgres");
        String prefix = url.substring(0, url.lastIndexOf('/') + 1);
        return new PostgresServer(prefix, "postgres", "", embedded.getPostgresDatabase());
    }

    static PostgresServer external(String maintenanceUrl, String user, String password) {
        String withoutParams = maintenanceUrl.contains("?") ? maintenanceUrl.substring(0, maintenanceUrl.indexOf('?')) : maintenanceUrl;
        String prefix = withoutParams.substring(0, withoutParams.lastIndexOf('/') + 1);
        return new PostgresServer(prefix, user, password, PooledDataSources.create(maintenanceUrl, user, password, 2));
    }

    String jdbcUrl(String database) {
        return urlPrefix + database;
    }
}
