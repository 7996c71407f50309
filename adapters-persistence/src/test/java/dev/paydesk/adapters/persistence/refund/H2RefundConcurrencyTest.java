package dev.paydesk.adapters.persistence.refund;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.PaydeskPorts;
import java.util.List;

class H2RefundConcurrencyTest extends RefundConcurrencyContract {
    @Override
    protected List<PaydeskPorts> portsOverOneDatabase(List<AutoCloseable> toClose) {
        HikariDataSource dataSource = TestDatabases.h2();
        toClose.add(dataSource);
        return List.of(JdbiPersistence.migrate(dataSource));
    }
}
