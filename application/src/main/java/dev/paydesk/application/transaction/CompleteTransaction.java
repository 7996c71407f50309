package dev.paydesk.application.transaction;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Clock;

/** Use case (operator): a pending transaction completes and posts its sale, acquirer_clearing → shop. */
public final class CompleteTransaction {
    public static final String COMMAND = "complete_transaction";

    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final LedgerRepository ledger;
    private final TransactionViews views;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public CompleteTransaction(UnitOfWork unitOfWork, TransactionRepository transactions, LedgerRepository ledger, TransactionViews views,
                               AuditRecorder audit, EventRecorder events, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.ledger = ledger;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public TransactionView complete(CommandContext context, TransactionId id) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            PaymentTransaction before = transactions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("transaction"));
            PaymentTransaction after = before.complete(clock.instant());
            transactions.update(after);
            ledger.append(after.completionEntry(ids.next(JournalEntry.ID_PREFIX), COMMAND));
            audit.record(context, after.merchantId(), COMMAND, "transaction", id.value(), before.status().code(), after.status().code());
            events.publish(after.merchantId(), "transaction.completed", id.value(), TransactionEventPayload.of(after));
            return views.of(after);
        });
    }
}
