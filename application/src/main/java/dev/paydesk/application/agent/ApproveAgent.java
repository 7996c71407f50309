package dev.paydesk.application.agent;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.shared.DomainException;

/** Use case (operators): the agent is approved, so that payout accounts may name it (a suspended agent is reinstated). */
public final class ApproveAgent {
    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;
    private final AgentAudit audit;

    ApproveAgent(UnitOfWork unitOfWork, AgentRepository agents, AgentAudit audit) {
        this.unitOfWork = unitOfWork;
        this.agents = agents;
        this.audit = audit;
    }

    public Agent approve(AgentId id, CommandContext context) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Agent before = agents.findForUpdate(id).orElseThrow(() -> DomainException.notFound("agent " + id));
            Agent after = before.approve();
            agents.update(after);
            audit.record(context, "approve_agent", before, after);
            return after;
        });
    }
}
