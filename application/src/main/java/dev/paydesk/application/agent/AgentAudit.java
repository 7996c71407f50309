package dev.paydesk.application.agent;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Clock;

/** Audit rows of agent commands (agents are platform objects: no merchant), and the operators-only rule. */
final class AgentAudit {
    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    AgentAudit(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    void record(CommandContext context, String command, Agent before, Agent after) {
        log.record(new AuditEvent(ids.next(AuditEvent.ID_PREFIX), clock.instant(), context.actor().type(), context.actor().id(), null,
                command, "agent", after.id().value(), before == null ? null : before.status().code(), after.status().code(),
                context.requestId()));
    }

    static void requireOperator(CommandContext context) {
        if (!(context.actor() instanceof Principal.OperatorPrincipal)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "agents are managed by operators");
        }
    }
}
