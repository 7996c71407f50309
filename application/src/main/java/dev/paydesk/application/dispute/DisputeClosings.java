package dev.paydesk.application.dispute;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.ledger.JournalEntry;

/**
 * What every closing of a dispute does besides the transition itself, inside the caller's unit of work:
 * store it, post the closing entry (held amount → main when won, → customers when lost), audit it under
 * the closure's command and publish {@code dispute.closed}.
 */
final class DisputeClosings {
    static final String CLOSED = "dispute.closed";

    private final DisputeRepository disputes;
    private final LedgerRepository ledger;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final IdGenerator ids;

    DisputeClosings(DisputeRepository disputes, LedgerRepository ledger, AuditRecorder audit, EventRecorder events, IdGenerator ids) {
        this.disputes = disputes;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.ids = ids;
    }

    Dispute record(CommandContext context, Dispute before, Dispute closed) {
        disputes.update(closed);
        ledger.append(closed.closingEntry(ids.next(JournalEntry.ID_PREFIX)));
        audit.record(context, closed.merchantId(), closed.closure().command(), "dispute", closed.id().value(),
                before.status().code(), closed.status().code());
        events.publish(closed.merchantId(), CLOSED, closed.id().value(), DisputeEventPayload.of(closed));
        return closed;
    }
}
