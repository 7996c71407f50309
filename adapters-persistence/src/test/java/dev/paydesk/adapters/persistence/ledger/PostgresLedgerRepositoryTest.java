package dev.paydesk.adapters.persistence.ledger;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresLedgerRepositoryTest extends LedgerRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
