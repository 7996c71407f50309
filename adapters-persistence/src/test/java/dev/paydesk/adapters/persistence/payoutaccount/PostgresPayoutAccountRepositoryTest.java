package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresPayoutAccountRepositoryTest extends PayoutAccountRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
