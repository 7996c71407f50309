package dev.paydesk.adapters.persistence.shared;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2UnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
