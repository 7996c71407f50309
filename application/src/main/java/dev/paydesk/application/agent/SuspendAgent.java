package dev.paydesk.application.agent;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.shared.DomainException;

/** Use case (operators): the agent is suspended: payout accounts naming it fail the agent check until it is approved again. */
public final class SuspendAgent {
    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;
    private final AgentAudit audit;

    SuspendAgent(UnitOfWork unitOfWork, AgentRepository agents, AgentAudit audit) {
        this.unitOfWork = unitOfWork;
        this.agents = agents;
        this.audit = audit;
    }

    public Agent suspend(AgentId id, CommandContext context) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Agent before = agents.findForUpdate(id).orElseThrow(() -> DomainException.notFound("agent " + id));
            Agent after = before.suspend();
            agents.update(after);
            audit.record(context, "suspend_agent", before, after);
            return after;
        });
    }
}
