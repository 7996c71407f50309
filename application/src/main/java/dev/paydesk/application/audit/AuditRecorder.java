package dev.paydesk.application.audit;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.audit.AuditEvent;
import java.time.Clock;

/** Writes one audit row for a command, inside the caller's unit of work. */
public final class AuditRecorder {
    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditRecorder(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code merchantId} null for platform objects, {@code fromState} null for a creation. */
    public void record(CommandContext context, String merchantId, String command, String objectType, String objectId,
                       String fromState, String toState) {
        log.record(new AuditEvent(ids.next(AuditEvent.ID_PREFIX), clock.instant(), context.actor().type(), context.actor().id(),
                merchantId, command, objectType, objectId, fromState, toState, context.requestId()));
    }

    public void record(CommandContext context, dev.paydesk.domain.merchant.MerchantId merchantId, String command, String objectType,
                       String objectId, String fromState, String toState) {
        record(context, merchantId == null ? null : merchantId.value(), command, objectType, objectId, fromState, toState);
    }
}
