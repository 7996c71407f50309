package dev.paydesk.application.refund;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;

/**
 * Records what the gateway answered for a refund in processing, in its own unit of work.
 * Idempotent: the same outcome again changes nothing; any outcome for a refund that is not
 * processing (and not already in that outcome) is {@code INVALID_STATE}, except a failure the
 * gateway reports for an earlier attempt, which changes nothing (see {@link #recordForAttempt}).
 */
public final class RefundOutcomes {
    public static final String COMMAND = "record_refund_gateway_result";

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final LedgerRepository ledger;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public RefundOutcomes(UnitOfWork unitOfWork, RefundRepository refunds, LedgerRepository ledger, AuditRecorder audit, EventRecorder events,
                          IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** An operator's report: it decides the refund's current attempt. */
    public Refund record(CommandContext context, RefundId id, RefundGatewayResponse response) {
        return record(context, id, null, response);
    }

    /**
     * The gateway's answer to one attempt. A failure of an earlier attempt (a resend's late answer,
     * after an operator failed that attempt and a retry sent the next) changes nothing: the current
     * attempt waits for its own. A success of an earlier attempt counts: the customer was paid.
     */
    public Refund recordForAttempt(CommandContext context, RefundId id, int attempt, RefundGatewayResponse response) {
        return record(context, id, attempt, response);
    }

    private Refund record(CommandContext context, RefundId id, Integer attempt, RefundGatewayResponse response) {
        return unitOfWork.inTransaction(() -> {
            Refund before = refunds.findForUpdate(id).orElseThrow(() -> DomainException.notFound("refund"));
            if (attempt != null && attempt != before.attempts() && response instanceof RefundGatewayResponse.Failed) {
                return before;
            }
            Refund after;
            if (response instanceof RefundGatewayResponse.Succeeded) {
                if (before.status() == RefundStatus.COMPLETED) {
                    return before;
                }
                after = before.succeed(clock.instant());
            } else if (response instanceof RefundGatewayResponse.Failed failed) {
                if (before.status() == RefundStatus.FAILED && failed.failureCode().equals(before.failureCode())) {
                    return before;
                }
                after = before.fail(failed.failureCode(), clock.instant());
            } else {
                return before; // accepted: the outcome comes later
            }
            refunds.update(after);
            if (after.status() == RefundStatus.COMPLETED) {
                ledger.append(after.completionEntry(ids.next(JournalEntry.ID_PREFIX), COMMAND));
            } else {
                refunds.forgetFailed(id);
            }
            events.publish(after.merchantId(), after.status() == RefundStatus.COMPLETED ? "refund.completed" : "refund.failed", id.value(),
                    RefundEventPayload.of(after));
            audit.record(context, after.merchantId(), COMMAND, "refund", id.value(), before.status().code(), after.status().code());
            return after;
        });
    }
}
