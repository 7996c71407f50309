package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemorySettlementRepositoryTest extends SettlementRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
