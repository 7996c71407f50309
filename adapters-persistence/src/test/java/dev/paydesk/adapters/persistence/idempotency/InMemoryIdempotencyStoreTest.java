package dev.paydesk.adapters.persistence.idempotency;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
