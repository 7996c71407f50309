package dev.paydesk.adapters.persistence.dispute;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2DisputeRepositoryTest extends DisputeRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
