package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresSettlementRepositoryTest extends SettlementRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
