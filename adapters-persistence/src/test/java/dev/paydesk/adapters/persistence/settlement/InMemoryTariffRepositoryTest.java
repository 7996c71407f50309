package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryTariffRepositoryTest extends TariffRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
