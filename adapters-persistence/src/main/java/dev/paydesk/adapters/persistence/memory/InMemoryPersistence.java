package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.PaydeskPorts;

/** Every outbound port held in memory, for embedding, demos and fast tests. Not durable. */
public final class InMemoryPersistence {
    private InMemoryPersistence() {
    }

    public static PaydeskPorts create() {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        return new PaydeskPorts(
                unitOfWork,
                new InMemoryLedgerRepository(unitOfWork),
                new InMemoryOperatorRepository(unitOfWork),
                new InMemoryAgentRepository(unitOfWork),
                new InMemoryPayoutAccountRepository(unitOfWork),
                new InMemoryPayoutAccountEvents(unitOfWork));
    }
}
