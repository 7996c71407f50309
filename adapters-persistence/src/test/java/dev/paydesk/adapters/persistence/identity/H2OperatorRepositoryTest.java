package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2OperatorRepositoryTest extends OperatorRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
