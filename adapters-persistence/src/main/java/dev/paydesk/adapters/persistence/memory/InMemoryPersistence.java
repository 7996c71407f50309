package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.transaction.TransactionClaims;

/** Every outbound port held in memory, for embedding, demos and fast tests. Not durable. */
public final class InMemoryPersistence {
    private InMemoryPersistence() {
    }

    public static PaydeskPorts create() {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        InMemoryAuditLog audit = new InMemoryAuditLog(unitOfWork);
        InMemorySettlementRepository settlements = new InMemorySettlementRepository(unitOfWork);
        InMemoryTransactionRepository transactions = new InMemoryTransactionRepository(unitOfWork);
        InMemoryUserRepository users = new InMemoryUserRepository(unitOfWork);
        InMemoryRefundRepository refunds = new InMemoryRefundRepository(unitOfWork);
        InMemoryDisputeRepository disputes = new InMemoryDisputeRepository(unitOfWork);
        return new PaydeskPorts(
                unitOfWork,
                new InMemoryLedgerRepository(unitOfWork),
                new InMemoryOperatorRepository(unitOfWork),
                new InMemoryMerchantRepository(unitOfWork),
                users,
                new InMemoryRoleRepository(unitOfWork),
                new InMemoryApiKeyRepository(unitOfWork, users),
                new InMemoryIdempotencyStore(unitOfWork),
                audit,
                audit,
                new InMemoryWriteProbes(unitOfWork),
                transactions,
                refunds,
                new InMemoryEventOutbox(unitOfWork),
                new InMemoryAgentRepository(unitOfWork),
                new InMemoryPayoutAccountRepository(unitOfWork),
                new InMemoryHolidayRepository(unitOfWork),
                new InMemoryTariffRepository(unitOfWork),
                new InMemorySweepableSales(unitOfWork, transactions, settlements),
                settlements,
                new InMemoryReserveHolds(unitOfWork),
                new InMemorySettlementRuns(unitOfWork),
                disputes,
                TransactionClaims.readFrom(transactions, refunds, disputes));
    }
}
