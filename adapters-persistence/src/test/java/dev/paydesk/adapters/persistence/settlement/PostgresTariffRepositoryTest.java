package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresTariffRepositoryTest extends TariffRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
