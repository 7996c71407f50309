package dev.paydesk.adapters.persistence.merchant;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryMerchantAndUserRepositoryTest extends MerchantAndUserRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
