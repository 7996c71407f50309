package dev.paydesk.application.dispute;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;

/** Use case (disputes.manage): the merchant gives up a dispute that needs a response → lost; the held amount goes to the customer. */
public final class AcceptDispute {
    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;
    private final DisputeClosings closings;
    private final Clock clock;

    AcceptDispute(UnitOfWork unitOfWork, DisputeRepository disputes, DisputeClosings closings, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
        this.closings = closings;
        this.clock = clock;
    }

    public Dispute accept(CommandContext context, DisputeId id) {
        Principal.MerchantUser user = Access.merchantUser(context, Permission.DISPUTES_MANAGE);
        return unitOfWork.inTransaction(() -> {
            Dispute before = disputes.findForUpdate(id)
                    .filter(dispute -> dispute.merchantId().equals(user.merchantId()))
                    .orElseThrow(() -> DomainException.notFound("dispute"));
            return closings.record(context, before, before.accept(clock.instant()));
        });
    }
}
