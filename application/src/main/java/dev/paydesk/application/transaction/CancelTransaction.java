package dev.paydesk.application.transaction;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;

/** Use case (operator): a pending transaction is cancelled; nothing was posted, nothing moves. */
public final class CancelTransaction {
    public static final String COMMAND = "cancel_transaction";

    private final UnitOfWork unitOfWork;
    private final TransactionRepository transactions;
    private final TransactionViews views;
    private final AuditRecorder audit;
    private final EventRecorder events;

    public CancelTransaction(UnitOfWork unitOfWork, TransactionRepository transactions, TransactionViews views, AuditRecorder audit,
                             EventRecorder events) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.views = views;
        this.audit = audit;
        this.events = events;
    }

    public TransactionView cancel(CommandContext context, TransactionId id) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            PaymentTransaction before = transactions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("transaction"));
            PaymentTransaction after = before.cancel();
            transactions.update(after);
            audit.record(context, after.merchantId(), COMMAND, "transaction", id.value(), before.status().code(), after.status().code());
            events.publish(after.merchantId(), "transaction.cancelled", id.value(), TransactionEventPayload.of(after));
            return views.of(after);
        });
    }
}
