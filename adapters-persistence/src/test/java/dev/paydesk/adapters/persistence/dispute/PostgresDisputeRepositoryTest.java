package dev.paydesk.adapters.persistence.dispute;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresDisputeRepositoryTest extends DisputeRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
