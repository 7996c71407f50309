package dev.paydesk.adapters.persistence.agent;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class InMemoryAgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.inMemory();
    }
}
