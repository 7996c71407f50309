package dev.paydesk.application.refund;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.shared.DomainException;

/** Use case (transactions.read): one refund; another merchant's is not found. */
public final class GetRefund {
    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;

    public GetRefund(UnitOfWork unitOfWork, RefundRepository refunds) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
    }

    public Refund get(CommandContext context, RefundId id) {
        Access.reader(context, Permission.TRANSACTIONS_READ);
        return unitOfWork.inTransaction(() -> refunds.find(id))
                .filter(refund -> Access.sees(context, refund.merchantId()))
                .orElseThrow(() -> DomainException.notFound("refund"));
    }
}
