package dev.paydesk.application.dispute;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.shared.DomainException;

/** Use case (disputes.manage; operators see all): one dispute; another merchant's is not found. */
public final class GetDispute {
    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;

    public GetDispute(UnitOfWork unitOfWork, DisputeRepository disputes) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
    }

    public Dispute get(CommandContext context, DisputeId id) {
        Access.reader(context, Permission.DISPUTES_MANAGE);
        return unitOfWork.inTransaction(() -> disputes.find(id))
                .filter(dispute -> Access.sees(context, dispute.merchantId()))
                .orElseThrow(() -> DomainException.notFound("dispute"));
    }
}
