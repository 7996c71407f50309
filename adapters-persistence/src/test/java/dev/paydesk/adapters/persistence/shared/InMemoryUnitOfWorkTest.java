package dev.paydesk.adapters.persistence.shared;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
