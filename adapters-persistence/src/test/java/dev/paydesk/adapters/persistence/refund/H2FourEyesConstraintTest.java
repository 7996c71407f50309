package dev.paydesk.adapters.persistence.refund;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.testing.TestDatabases;

class H2FourEyesConstraintTest extends FourEyesConstraintContract {
    @Override
    protected HikariDataSource newDatabase() {
        return TestDatabases.h2();
    }
}
