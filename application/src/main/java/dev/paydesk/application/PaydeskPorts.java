package dev.paydesk.application;

import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditTrail;
import dev.paydesk.application.diagnostics.WriteProbes;
import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.application.event.EventOutbox;
import dev.paydesk.application.calendar.HolidayRepository;
import dev.paydesk.application.idempotency.IdempotencyStore;
import dev.paydesk.application.identity.ApiKeyRepository;
import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.application.identity.RoleRepository;
import dev.paydesk.application.identity.UserRepository;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.payoutaccount.PayoutAccountRepository;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.application.settlement.ReserveHolds;
import dev.paydesk.application.settlement.SettlementRepository;
import dev.paydesk.application.settlement.SettlementRuns;
import dev.paydesk.application.settlement.SweepableSales;
import dev.paydesk.application.settlement.TariffRepository;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.application.transaction.TransactionRepository;
import java.util.Objects;

/** The outbound ports a persistence adapter provides, all sharing one transaction boundary. */
public record PaydeskPorts(UnitOfWork unitOfWork, LedgerRepository ledger, OperatorRepository operators,
                           MerchantRepository merchants, UserRepository users, RoleRepository roles, ApiKeyRepository apiKeys,
                           IdempotencyStore idempotency, AuditLog auditLog, AuditTrail auditTrail,
                           WriteProbes writeProbes,
                           TransactionRepository transactions, RefundRepository refunds, EventOutbox events,
                           AgentRepository agents, PayoutAccountRepository payoutAccounts,
                           HolidayRepository holidays, TariffRepository tariffs, SweepableSales sweepableSales,
                           SettlementRepository settlements, ReserveHolds reserveHolds,
                           SettlementRuns settlementRuns,
                           DisputeRepository disputes, TransactionClaims transactionClaims) {
    public PaydeskPorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(merchants, "merchants");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(writeProbes, "writeProbes");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(payoutAccounts, "payoutAccounts");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(sweepableSales, "sweepableSales");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(reserveHolds, "reserveHolds");
        Objects.requireNonNull(settlementRuns, "settlementRuns");
        Objects.requireNonNull(disputes, "disputes");
        Objects.requireNonNull(transactionClaims, "transactionClaims");
    }
}
