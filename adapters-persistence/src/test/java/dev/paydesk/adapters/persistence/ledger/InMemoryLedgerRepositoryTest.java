package dev.paydesk.adapters.persistence.ledger;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryLedgerRepositoryTest extends LedgerRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
