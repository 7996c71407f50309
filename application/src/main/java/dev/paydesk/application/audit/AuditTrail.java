package dev.paydesk.application.audit;

import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.merchant.MerchantId;
import java.time.Clock;

/** Writes one audit row per command through the {@link AuditLog} port, inside the caller's unit of work. */
public final class AuditTrail {
    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditTrail(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code fromState} is null for a creation. */
    public void record(CommandContext context, MerchantId merchantId, String command, String objectType, String objectId,
                       String fromState, String toState) {
        log.record(new AuditEvent(ids.next(AuditEvent.ID_PREFIX), clock.instant(), context.actor().type(), context.actor().id(),
                merchantId == null ? null : merchantId.value(), command, objectType, objectId, fromState, toState, context.requestId()));
    }
}
