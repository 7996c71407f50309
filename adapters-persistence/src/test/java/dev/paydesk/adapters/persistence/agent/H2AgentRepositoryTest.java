package dev.paydesk.adapters.persistence.agent;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class H2AgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.h2();
    }
}
