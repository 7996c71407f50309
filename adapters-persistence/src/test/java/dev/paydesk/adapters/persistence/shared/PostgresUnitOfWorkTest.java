package dev.paydesk.adapters.persistence.shared;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresUnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
