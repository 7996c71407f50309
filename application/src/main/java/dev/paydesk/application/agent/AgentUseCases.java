package dev.paydesk.application.agent;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import java.time.Clock;

/** Builds the agent use cases over their ports. */
public final class AgentUseCases {
    private final RegisterAgent register;
    private final ApproveAgent approve;
    private final SuspendAgent suspend;
    private final ListAgents list;

    public AgentUseCases(UnitOfWork unitOfWork, AgentRepository agents, AuditLog auditLog, IdGenerator ids, Clock clock) {
        AgentAudit audit = new AgentAudit(auditLog, ids, clock);
        this.register = new RegisterAgent(unitOfWork, agents, audit, ids);
        this.approve = new ApproveAgent(unitOfWork, agents, audit);
        this.suspend = new SuspendAgent(unitOfWork, agents, audit);
        this.list = new ListAgents(unitOfWork, agents);
    }

    public RegisterAgent registerAgent() {
        return register;
    }

    public ApproveAgent approveAgent() {
        return approve;
    }

    public SuspendAgent suspendAgent() {
        return suspend;
    }

    public ListAgents listAgents() {
        return list;
    }
}
