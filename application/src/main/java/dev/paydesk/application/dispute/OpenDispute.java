package dev.paydesk.application.dispute;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.application.transaction.TransactionRepository;
import dev.paydesk.domain.dispute.DisputableAmount;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSettings;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.NewDispute;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Use case (operator): opens a dispute or chargeback on a completed transaction → needs_response.
 * The transaction row is locked and what is left to dispute computed from the live refunds and the
 * other disputes under that lock — the lock {@code CreateRefund} takes too — so refunds and disputes
 * together never exceed the amount, on any number of server instances. The amount is held
 * (merchant → {@code disputes_held}) and a chargeback's fee charged in the same transaction.
 */
public final class OpenDispute {
    public static final String CREATED = "dispute.created";

    /**
     * {@code amount} in minor units of the transaction's currency; {@code respondBy} null for the
     * source's default.
     */
    public record Command(TransactionId transactionId, long amount, DisputeReason reason, DisputeSource source, Instant respondBy) {
        public Command {
            if (transactionId == null) {
                throw DomainException.validation("transaction_id", "required", "transaction_id is required");
            }
            if (amount <= 0) {
                throw DomainException.validation("amount", "must_be_positive", "amount must be greater than zero");
            }
            if (reason == null) {
                throw DomainException.validation("reason", "required", "reason is required");
            }
            if (source == null) {
                throw DomainException.validation("source", "required", "source is required");
            }
        }
    }

    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final TransactionClaims claims;
    private final DisputeRepository disputes;
    private final LedgerRepository ledger;
    private final DisputeSettings settings;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public OpenDispute(UnitOfWork unitOfWork, TransactionRepository transactions, TransactionClaims claims, DisputeRepository disputes,
                       LedgerRepository ledger, DisputeSettings settings, AuditRecorder audit, EventRecorder events, IdGenerator ids,
                       Clock clock) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.claims = claims;
        this.disputes = disputes;
        this.ledger = ledger;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public Dispute open(CommandContext context, Command command) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            // Balances before the transaction's row, as the settlement sweep locks them, and every merchant account the
            // opening entry posts to at once in key order: so neither the sweep nor a dispute's decision can deadlock with it.
            // Refused before any lock unless completed, a final state: completing a sale locks its row, then shop, so
            // waiting for that row here while holding shop would deadlock.
            PaymentTransaction seen = transactions.find(command.transactionId()).orElseThrow(() -> DomainException.notFound("transaction"));
            if (!seen.isCompleted()) {
                throw DomainException.invalidState("only a completed transaction can be disputed; this one is " + seen.status().code());
            }
            LedgerAccount.Merchant shop = LedgerAccount.merchant(seen.merchantId(), MerchantAccountType.SHOP, seen.amount().currency());
            Map<LedgerAccount.Merchant, Money> balances = ledger.balancesForUpdate(List.of(shop,
                    LedgerAccount.merchant(seen.merchantId(), MerchantAccountType.MAIN, seen.amount().currency()),
                    LedgerAccount.merchant(seen.merchantId(), MerchantAccountType.DISPUTES_HELD, seen.amount().currency())));
            TransactionClaims.Claimed claimed = claims.lockWithClaims(command.transactionId())
                    .orElseThrow(() -> DomainException.notFound("transaction"));
            PaymentTransaction transaction = claimed.transaction();
            DisputableAmount disputable = disputableOf(claimed);
            NewDispute request = new NewDispute(transaction.merchantId(), transaction.id().value(),
                    new Money(command.amount(), transaction.amount().currency()), command.reason(), command.source(), command.respondBy());
            Dispute dispute = Dispute.open(new DisputeId(ids.next(DisputeId.PREFIX)), request, disputable, settings, clock.instant());
            disputes.add(dispute);
            ledger.append(dispute.openingEntry(ids.next(JournalEntry.ID_PREFIX), balances.get(shop)));
            audit.record(context, dispute.merchantId(), Dispute.OPEN_COMMAND, "dispute", dispute.id().value(), null, dispute.status().code());
            events.publish(dispute.merchantId(), CREATED, dispute.id().value(), DisputeEventPayload.of(dispute));
            return dispute;
        });
    }

    private static DisputableAmount disputableOf(TransactionClaims.Claimed claimed) {
        PaymentTransaction transaction = claimed.transaction();
        Money refunded = Money.zero(transaction.amount().currency());
        for (Refund refund : claimed.refunds()) {
            if (refund.status().holdsRefundableAmount()) {
                refunded = refunded.plus(refund.amount());
            }
        }
        Money disputed = DisputableAmount.disputedBy(claimed.disputes(), transaction.amount().currency());
        return new DisputableAmount(transaction.amount(), refunded, disputed);
    }
}
