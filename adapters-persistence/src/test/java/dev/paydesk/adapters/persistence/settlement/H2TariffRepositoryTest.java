package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2TariffRepositoryTest extends TariffRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
