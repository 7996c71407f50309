package dev.paydesk.application.agent;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.agent.Agent;
import java.time.Clock;

/** Audit rows of agent commands (agents are platform objects: no merchant). */
final class AgentAudit {
    private final AuditRecorder recorder;

    AgentAudit(AuditLog log, IdGenerator ids, Clock clock) {
        this.recorder = new AuditRecorder(log, ids, clock);
    }

    void record(CommandContext context, String command, Agent before, Agent after) {
        recorder.record(context, (String) null, command, "agent", after.id().value(), before == null ? null : before.status().code(),
                after.status().code());
    }

}
