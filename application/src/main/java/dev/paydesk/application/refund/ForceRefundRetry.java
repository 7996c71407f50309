package dev.paydesk.application.refund;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.shared.DomainException;

/** Use case (operator): sends a failed refund to the gateway again now, without waiting for its retry time. */
public final class ForceRefundRetry {
    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final RefundRetries retries;

    public ForceRefundRetry(UnitOfWork unitOfWork, RefundRepository refunds, RefundRetries retries) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.retries = retries;
    }

    public Refund retry(CommandContext context, RefundId id) {
        Access.operator(context);
        Refund retried = unitOfWork.inTransaction(() -> retries.retry(context,
                refunds.findForUpdate(id).orElseThrow(() -> DomainException.notFound("refund"))));
        return unitOfWork.inTransaction(() -> refunds.find(id)).orElse(retried);
    }
}
