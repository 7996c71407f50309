package dev.paydesk.application.dispute;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.application.transaction.TransactionRepository;
import dev.paydesk.domain.dispute.DisputeSettings;
import java.time.Clock;

/** Builds the dispute use cases over their ports. */
public final class DisputeUseCases {
    private final OpenDispute open;
    private final SubmitEvidence submitEvidence;
    private final AcceptDispute accept;
    private final DecideDispute decide;
    private final ExpireDisputes expire;
    private final GetDispute get;
    private final ListDisputes list;

    public DisputeUseCases(UnitOfWork unitOfWork, TransactionRepository transactions, TransactionClaims claims, DisputeRepository disputes,
                           LedgerRepository ledger, DocumentStore documents, DisputeSettings settings, AuditRecorder audit,
                           EventRecorder events, IdGenerator ids, Clock clock) {
        DisputeClosings closings = new DisputeClosings(disputes, ledger, audit, events, ids);
        this.open = new OpenDispute(unitOfWork, transactions, claims, disputes, ledger, settings, audit, events, ids, clock);
        this.submitEvidence = new SubmitEvidence(unitOfWork, disputes, documents, audit, events, clock);
        this.accept = new AcceptDispute(unitOfWork, disputes, closings, clock);
        this.decide = new DecideDispute(unitOfWork, disputes, closings, clock);
        this.expire = new ExpireDisputes(unitOfWork, disputes, closings, clock);
        this.get = new GetDispute(unitOfWork, disputes);
        this.list = new ListDisputes(unitOfWork, disputes);
    }

    public OpenDispute openDispute() {
        return open;
    }

    public SubmitEvidence submitEvidence() {
        return submitEvidence;
    }

    public AcceptDispute acceptDispute() {
        return accept;
    }

    public DecideDispute decideDispute() {
        return decide;
    }

    public ExpireDisputes expireDisputes() {
        return expire;
    }

    public GetDispute getDispute() {
        return get;
    }

    public ListDisputes listDisputes() {
        return list;
    }
}
