package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresSettlementUseCasesTest extends SettlementUseCasesContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
