package dev.paydesk.adapters.persistence.ledger;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2LedgerRepositoryTest extends LedgerRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
