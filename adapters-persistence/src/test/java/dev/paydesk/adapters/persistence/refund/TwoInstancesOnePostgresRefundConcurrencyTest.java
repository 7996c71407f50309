package dev.paydesk.adapters.persistence.refund;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.PaydeskPorts;
import java.util.List;

/** Two Paydesk instances, each with its own connection pool, over one PostgreSQL database: no in-memory lock can help. */
class TwoInstancesOnePostgresRefundConcurrencyTest extends RefundConcurrencyContract {
    @Override
    protected List<PaydeskPorts> portsOverOneDatabase(List<AutoCloseable> toClose) {
        HikariDataSource first = TestDatabases.postgres(12);
        HikariDataSource second = PooledDataSources.create(first.getJdbcUrl(), first.getUsername(), first.getPassword(), 12);
        toClose.add(second);
        toClose.add(first);
        return List.of(JdbiPersistence.migrate(first), JdbiPersistence.over(second));
    }
}
