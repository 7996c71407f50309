package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemorySettlementRunsTest extends SettlementRunsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
