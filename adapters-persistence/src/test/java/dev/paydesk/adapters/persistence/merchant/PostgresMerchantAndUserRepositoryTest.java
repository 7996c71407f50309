package dev.paydesk.adapters.persistence.merchant;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresMerchantAndUserRepositoryTest extends MerchantAndUserRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
