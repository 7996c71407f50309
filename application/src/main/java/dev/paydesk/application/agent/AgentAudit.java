package dev.paydesk.application.agent;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Clock;

/** Audit rows of agent commands (agents are platform objects: no merchant), and the operators-only rule. */
final class AgentAudit {
    private final AuditRecorder recorder;

    AgentAudit(AuditLog log, IdGenerator ids, Clock clock) {
        this.recorder = new AuditRecorder(log, ids, clock);
    }

    void record(CommandContext context, String command, Agent before, Agent after) {
        recorder.record(context, (String) null, command, "agent", after.id().value(), before == null ? null : before.status().code(),
                after.status().code());
    }

    static void requireOperator(CommandContext context) {
        if (!(context.actor() instanceof Principal.OperatorPrincipal)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "agents are managed by operators");
        }
    }
}
