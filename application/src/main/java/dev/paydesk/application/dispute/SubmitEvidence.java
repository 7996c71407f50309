package dev.paydesk.application.dispute;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DocumentUpload;
import dev.paydesk.domain.dispute.Evidence;
import dev.paydesk.domain.dispute.EvidenceSubmission;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case (disputes.manage): the merchant's evidence, once → under_review. The evidence is checked
 * (texts, file names, types by content, sizes), the documents written to the {@link DocumentStore}
 * outside any database transaction — a slow disk never holds a row lock, and a rolled-back submission
 * only leaves unreferenced bytes — then the evidence is recorded under the dispute's row lock, which
 * checks the state again: of two submissions racing, one wins and the other gets {@code invalid_state}.
 */
public final class SubmitEvidence {
    public static final String COMMAND = "submit_dispute_evidence";
    public static final String SUBMITTED = "dispute.evidence_submitted";

    public record Command(DisputeId disputeId, EvidenceSubmission evidence) {
        public Command {
            if (disputeId == null) {
                throw DomainException.validation("id", "required", "the dispute id is required");
            }
            if (evidence == null) {
                throw DomainException.validation("evidence", "evidence_required", "evidence is required");
            }
        }
    }

    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;
    private final DocumentStore documents;
    private final AuditRecorder audit;
    private final EventRecorder events;
    private final Clock clock;

    public SubmitEvidence(UnitOfWork unitOfWork, DisputeRepository disputes, DocumentStore documents, AuditRecorder audit,
                          EventRecorder events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Dispute submit(CommandContext context, Command command) {
        Principal.MerchantUser user = Access.merchantUser(context, Permission.DISPUTES_MANAGE);
        // A first look, so nothing is stored for a dispute the user cannot see or that no longer takes evidence.
        Dispute current = unitOfWork.inTransaction(() -> visible(user, disputes.find(command.disputeId())));
        Evidence evidence = command.evidence().validate();
        current.submitEvidence(evidence, clock.instant());
        store(command.evidence());
        return unitOfWork.inTransaction(() -> {
            Dispute before = visible(user, disputes.findForUpdate(command.disputeId()));
            Dispute after = before.submitEvidence(evidence, clock.instant());
            disputes.update(after);
            audit.record(context, after.merchantId(), COMMAND, "dispute", after.id().value(), before.status().code(), after.status().code());
            events.publish(after.merchantId(), SUBMITTED, after.id().value(), DisputeEventPayload.of(after));
            return after;
        });
    }

    private void store(EvidenceSubmission submission) {
        for (DocumentUpload upload : submission.documents()) {
            String address = documents.put(upload.content());
            if (!address.equals(upload.sha256())) {
                throw new IllegalStateException("the document store kept " + upload.fileName() + " at " + address
                        + ", not at its SHA-256 " + upload.sha256());
            }
        }
    }

    private static Dispute visible(Principal.MerchantUser user, java.util.Optional<Dispute> dispute) {
        return dispute.filter(d -> Objects.equals(d.merchantId(), user.merchantId())).orElseThrow(() -> DomainException.notFound("dispute"));
    }
}
