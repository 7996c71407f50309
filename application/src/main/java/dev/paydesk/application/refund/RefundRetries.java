package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.refund.Refund;
import java.time.Clock;
import java.util.List;

/** Moves failed refunds, locked by the caller, back to processing and sends them again after the commit. */
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
        return retry(context, List.of(failed)).get(0);
    }

    /** Inside the caller's unit of work, with every refund of {@code failed} locked; they are sent in parallel after the commit. */
    public List<Refund> retry(CommandContext context, List<Refund> failed) {
        List<Refund> retried = failed.stream().map(refund -> {
            Refund after = refund.retry(clock.instant());
            refunds.update(after);
            audit.record(context, after.merchantId(), COMMAND, "refund", after.id().value(), refund.status().code(), after.status().code());
            events.publish(after.merchantId(), "refund.retried", after.id().value(), RefundEventPayload.of(after));
            return after;
        }).toList();
        dispatch.afterCommit(retried);
        return retried;
    }
}
