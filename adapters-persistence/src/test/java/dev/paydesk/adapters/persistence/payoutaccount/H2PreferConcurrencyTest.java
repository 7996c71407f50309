package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2PreferConcurrencyTest extends PreferConcurrencyContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
