package dev.paydesk.adapters.persistence.agent;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;

class PostgresAgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected PersistenceBackend backend() {
        return PersistenceBackend.postgres();
    }
}
