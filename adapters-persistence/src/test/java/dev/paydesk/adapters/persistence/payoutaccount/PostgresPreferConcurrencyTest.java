package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresPreferConcurrencyTest extends PreferConcurrencyContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
