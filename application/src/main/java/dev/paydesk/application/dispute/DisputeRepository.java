package dev.paydesk.application.dispute;

import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: disputes with their evidence (texts and document metadata; the documents' bytes live
 * in the {@link DocumentStore}). Every method joins the caller's unit of work.
 */
public interface DisputeRepository {

    void add(Dispute dispute);

    Optional<Dispute> find(DisputeId id);

    /** The dispute, its row locked until the unit of work ends: one transition at a time (accept races expiry). */
    Optional<Dispute> findForUpdate(DisputeId id);

    /** Stores a transition of a dispute read in the same unit of work, evidence included. */
    void update(Dispute dispute);

    /** Every dispute of these transactions ({@code txn_…} ids), any status, oldest first. */
    List<Dispute> forTransactions(Collection<String> transactionIds);

    /** Newest first by (created_at, id), at most {@code query.limit()} rows. */
    List<Dispute> list(DisputeQuery query);

    /**
     * Up to {@code limit} disputes still needing a response whose {@code respond_by} is before {@code now}
     * (earliest deadline first), locked until the unit of work ends; disputes another transaction holds
     * are skipped ({@code FOR UPDATE SKIP LOCKED}), so several instances running the expiry job never
     * claim the same dispute.
     */
    List<Dispute> claimDueForExpiry(Instant now, int limit);
}
