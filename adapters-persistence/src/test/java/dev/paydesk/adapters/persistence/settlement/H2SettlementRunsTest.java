package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2SettlementRunsTest extends SettlementRunsContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
