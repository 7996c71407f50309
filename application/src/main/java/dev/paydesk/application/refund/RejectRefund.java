package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;

/** Use case (refunds.approve, another user than the creator, a reason): pending_approval → rejected, final. */
public final class RejectRefund {
    public static final String COMMAND = "reject_refund";

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final Clock clock;

    public RejectRefund(UnitOfWork unitOfWork, RefundRepository refunds, AuditRecorder audit, EventRecorder events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Refund reject(CommandContext context, RefundId id, String reason) {
        Principal.MerchantUser rejecter = Access.merchantUser(context);
        return unitOfWork.inTransaction(() -> {
            Refund before = refunds.findForUpdate(id)
                    .filter(refund -> refund.merchantId().equals(rejecter.merchantId()))
                    .orElseThrow(() -> DomainException.notFound("refund"));
            Refund after = before.reject(rejecter, reason, clock.instant());
            refunds.update(after);
            audit.record(context, after.merchantId(), COMMAND, "refund", id.value(), before.status().code(), after.status().code());
            events.publish(after.merchantId(), "refund.rejected", id.value(), RefundEventPayload.of(after));
            return after;
        });
    }
}
