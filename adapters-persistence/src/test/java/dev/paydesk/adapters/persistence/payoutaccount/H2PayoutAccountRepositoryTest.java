package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2PayoutAccountRepositoryTest extends PayoutAccountRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
