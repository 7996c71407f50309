package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryPreferConcurrencyTest extends PreferConcurrencyContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
