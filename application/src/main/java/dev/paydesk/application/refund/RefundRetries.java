package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.refund.Refund;
import java.time.Clock;

/** Moves a failed refund, locked by the caller, back to processing and sends it again after the commit. */
public final class RefundRetries {
    public static final String COMMAND = "retry_refund";

    private final RefundRepository refunds;
    private final RefundDispatch dispatch;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final Clock clock;

    public RefundRetries(RefundRepository refunds, RefundDispatch dispatch, AuditRecorder audit, EventRecorder events, Clock clock) {
        this.refunds = refunds;
        this.dispatch = dispatch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Inside the caller's unit of work, with {@code failed} locked. */
    public Refund retry(CommandContext context, Refund failed) {
        Refund after = failed.retry(clock.instant());
        refunds.update(after);
        audit.record(context, after.merchantId(), COMMAND, "refund", after.id().value(), failed.status().code(), after.status().code());
        events.publish(after.merchantId(), "refund.retried", after.id().value(), RefundEventPayload.of(after));
        dispatch.afterCommit(after);
        return after;
    }
}
