package dev.paydesk.adapters.persistence.idempotency;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2IdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
