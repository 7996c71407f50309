package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2SettlementRepositoryTest extends SettlementRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
