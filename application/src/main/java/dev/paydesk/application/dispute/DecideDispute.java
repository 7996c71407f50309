package dev.paydesk.application.dispute;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DisputeOutcome;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;

/**
 * Use case (operator): the decision on a dispute under review → won (the held amount back to the
 * merchant's {@code main}; a chargeback fee stays charged) or lost (to the customer).
 */
public final class DecideDispute {

    public record Command(DisputeId disputeId, DisputeOutcome outcome) {
        public Command {
            if (disputeId == null) {
                throw DomainException.validation("id", "required", "the dispute id is required");
            }
            if (outcome == null) {
                throw DomainException.validation("outcome", "required", "outcome is required (won or lost)");
            }
        }
    }

    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;
    private final DisputeClosings closings;
    private final Clock clock;

    DecideDispute(UnitOfWork unitOfWork, DisputeRepository disputes, DisputeClosings closings, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
        this.closings = closings;
        this.clock = clock;
    }

    public Dispute decide(CommandContext context, Command command) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Dispute before = disputes.findForUpdate(command.disputeId()).orElseThrow(() -> DomainException.notFound("dispute"));
            return closings.record(context, before, before.decide(command.outcome(), clock.instant()));
        });
    }
}
