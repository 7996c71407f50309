package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.application.transaction.TransactionViews;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.TransactionRefunds;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Clock;
import java.util.List;

/**
 * Use case (refunds.create): asks for a refund of part or all of a completed transaction →
 * pending_approval. Never over-refunds: the transaction row is locked and the refundable amount
 * computed from the live refunds inside that lock, so concurrent requests on one transaction
 * (on any number of server instances) are decided one after the other.
 */
public final class CreateRefund {
    public static final String COMMAND = "create_refund";

    /** {@code amount} in minor units of the transaction's currency. */
    public record Command(TransactionId transactionId, long amount, String reason) {
        public Command {
            if (transactionId == null) {
                throw DomainException.validation("transaction_id", "required", "transaction_id is required");
            }
            if (amount <= 0) {
                throw DomainException.validation("amount", "must_be_positive", "amount must be greater than zero");
            }
            Refund.requireReason(reason);
        }
    }

    private final UnitOfWork unitOfWork;
    private final TransactionClaims claims;
    private final RefundRepository refunds;
    private final TransactionViews views;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateRefund(UnitOfWork unitOfWork, TransactionClaims claims, RefundRepository refunds, TransactionViews views,
                        AuditRecorder audit, EventRecorder events, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.claims = claims;
        this.refunds = refunds;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public Refund create(CommandContext context, Command command) {
        Principal.MerchantUser user = Access.merchantUser(context, Permission.REFUNDS_CREATE);
        return unitOfWork.inTransaction(() -> {
            TransactionClaims.Claimed claimed = claims.lockWithClaims(command.transactionId())
                    .filter(c -> c.transaction().merchantId().equals(user.merchantId()))
                    .orElseThrow(() -> DomainException.notFound("transaction"));
            PaymentTransaction transaction = claimed.transaction();
            if (!transaction.isCompleted()) {
                throw DomainException.invalidState("only a completed transaction can be refunded; this one is " + transaction.status().code());
            }
            TransactionRefunds state = views.refundsOf(transaction, claimed.refunds(), claimed.disputes());
            Money amount = new Money(command.amount(), transaction.amount().currency());
            if (amount.compareTo(state.refundable()) > 0) {
                String message = "amount " + amount + " exceeds the refundable amount " + state.refundable();
                throw new DomainException(ErrorCode.REFUND_EXCEEDS_REFUNDABLE, message,
                        List.of(new FieldError("amount", "refund_exceeds_refundable", message)));
            }
            Refund refund = Refund.request(new RefundId(ids.next(RefundId.PREFIX)), transaction.id(), transaction.merchantId(), amount,
                    command.reason(), user.id(), clock.instant());
            refunds.add(refund);
            audit.record(context, refund.merchantId(), COMMAND, "refund", refund.id().value(), null, refund.status().code());
            events.publish(refund.merchantId(), "refund.created", refund.id().value(), RefundEventPayload.of(refund));
            return refund;
        });
    }
}
