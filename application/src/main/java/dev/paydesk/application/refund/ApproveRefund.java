package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Use case (refunds.approve, never one's own refund): pending_approval → processing. The amount
 * moves shop (then main) → refunds_in_flight in the same transaction; the gateway is called after
 * the commit. Returns the refund as it is then — already completed with a gateway that answers at once.
 */
public final class ApproveRefund {
    public static final String COMMAND = "approve_refund";

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final TransactionClaims claims;
    private final LedgerRepository ledger;
    private final RefundDispatch dispatch;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public ApproveRefund(UnitOfWork unitOfWork, RefundRepository refunds, TransactionClaims claims, LedgerRepository ledger,
                         RefundDispatch dispatch, AuditRecorder audit, EventRecorder events, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.claims = claims;
        this.ledger = ledger;
        this.dispatch = dispatch;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public Refund approve(CommandContext context, RefundId id) {
        Principal.MerchantUser approver = Access.merchantUser(context);
        AtomicBoolean[] decided = new AtomicBoolean[1];
        Refund approved = unitOfWork.inTransaction(() -> {
            TransactionClaims.LockedRefund locked = claims.lockRefund(id)
                    .filter(claim -> claim.refund().merchantId().equals(approver.merchantId()))
                    .orElseThrow(() -> DomainException.notFound("refund"));
            Refund before = locked.refund();
            Refund after = before.approve(approver, clock.instant());
            // Reads first, then the writes: an adapter may send consecutive writes in one round trip.
            Money shop = ledger.lockMainAndShop(after.merchantId(), after.amount().currency());
            refunds.update(after);
            ledger.append(after.approvalEntry(ids.next(JournalEntry.ID_PREFIX), COMMAND, shop));
            audit.record(context, after.merchantId(), COMMAND, "refund", id.value(), before.status().code(), after.status().code());
            events.publish(after.merchantId(), "refund.approved", id.value(), RefundEventPayload.of(after));
            decided[0] = dispatch.afterCommit(after, locked.transaction().paymentMethod());
            return after;
        });
        // A gateway that answered at once (the simulated one) has completed or failed the refund meanwhile.
        return decided[0].get() ? unitOfWork.inTransaction(() -> refunds.find(id)).orElse(approved) : approved;
    }
}
