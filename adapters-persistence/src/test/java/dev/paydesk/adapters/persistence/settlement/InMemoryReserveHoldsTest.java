package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryReserveHoldsTest extends ReserveHoldsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
