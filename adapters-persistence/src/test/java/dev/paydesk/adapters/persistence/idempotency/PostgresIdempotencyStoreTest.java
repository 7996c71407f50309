package dev.paydesk.adapters.persistence.idempotency;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
