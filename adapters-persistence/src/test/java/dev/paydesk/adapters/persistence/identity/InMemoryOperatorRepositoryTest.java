package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryOperatorRepositoryTest extends OperatorRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
