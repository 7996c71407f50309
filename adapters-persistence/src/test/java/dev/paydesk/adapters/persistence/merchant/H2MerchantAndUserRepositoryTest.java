package dev.paydesk.adapters.persistence.merchant;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2MerchantAndUserRepositoryTest extends MerchantAndUserRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
