package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresSettlementRunsTest extends SettlementRunsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
