package dev.paydesk.application.transaction;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case (operator or gateway integration): records a purchase, pending or already completed —
 * a completed one posts its sale at once. A reference is unique per merchant.
 */
public final class RecordTransaction {
    public static final String COMMAND = "record_transaction";

    /** {@code completed}: the status given, pending (false) or completed (true). */
    public record Command(MerchantId merchantId, String reference, Money amount, PaymentMethod paymentMethod, boolean completed) {
        public Command {
            if (merchantId == null) {
                throw DomainException.validation("merchant_id", "required", "merchant_id is required");
            }
            PaymentTransaction.requireReference(reference);
            if (amount == null) {
                throw DomainException.validation("amount", "required", "amount is required");
            }
            if (!amount.isPositive()) {
                throw DomainException.validation("amount", "must_be_positive", "amount must be greater than zero");
            }
            if (paymentMethod == null) {
                throw DomainException.validation("payment_method", "required", "payment_method is required");
            }
        }
    }

    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final LedgerRepository ledger;
    private final TransactionViews views;
    private final MerchantRepository merchants;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public RecordTransaction(UnitOfWork unitOfWork, MerchantRepository merchants, TransactionRepository transactions, LedgerRepository ledger,
                             TransactionViews views, AuditRecorder audit, EventRecorder events, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.transactions = transactions;
        this.ledger = ledger;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public TransactionView record(CommandContext context, Command command) {
        Objects.requireNonNull(command, "command");
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            if (!merchants.exists(command.merchantId())) {
                throw DomainException.validation("merchant_id", "unknown_merchant", "No merchant has this id.");
            }
            PaymentTransaction transaction = PaymentTransaction.record(new TransactionId(ids.next(TransactionId.PREFIX)), command.merchantId(),
                    command.reference(), command.amount(), command.paymentMethod(), command.completed(), clock.instant());
            transactions.add(transaction); // refuses a reference the merchant already used (a unique key)
            audit.record(context, transaction.merchantId(), COMMAND, "transaction", transaction.id().value(), null, transaction.status().code());
            events.publish(transaction.merchantId(), "transaction.created", transaction.id().value(), TransactionEventPayload.of(transaction));
            if (transaction.isCompleted()) {
                ledger.append(transaction.completionEntry(ids.next(JournalEntry.ID_PREFIX), COMMAND));
                events.publish(transaction.merchantId(), "transaction.completed", transaction.id().value(), TransactionEventPayload.of(transaction));
            }
            return views.ofNew(transaction);
        });
    }
}
