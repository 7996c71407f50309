package dev.paydesk.application.refund;

import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Outbound port: refunds. Every method joins the caller's unit of work. */
public interface RefundRepository {

    void add(Refund refund);

    Optional<Refund> find(RefundId id);

    /** The refund, its row locked until the unit of work ends: one decision at a time (approve races reject). */
    Optional<Refund> findForUpdate(RefundId id);

    /** Stores a transition of a refund read in the same unit of work. */
    void update(Refund refund);

    /** Every refund of these transactions, any status (the refundable amount is computed from them). */
    List<Refund> forTransactions(Collection<TransactionId> transactionIds);

    /** Newest first by (created_at, id), at most {@code query.limit()} rows. */
    List<Refund> list(RefundQuery query);

    /**
     * Up to {@code limit} failed refunds due for retry at {@code now} (oldest due first), locked until
     * the unit of work ends; refunds another transaction holds are skipped ({@code FOR UPDATE SKIP
     * LOCKED}), so several server instances running the retry job never claim the same refund.
     */
    List<Refund> claimDueForRetry(Instant now, int limit);

    /**
     * The gateway was sent this refund and has not answered: from {@code resendAt} on,
     * {@link #claimUnanswered} returns it. Called in the unit of work that moved it to processing.
     */
    void awaitAnswer(RefundId id, Instant resendAt);

    /** The gateway's answer was recorded: nothing more to send. No effect when none was awaited. */
    void answered(RefundId id);

    /**
     * Up to {@code limit} refunds whose awaited answer is overdue at {@code now} (longest overdue first),
     * each one's next resend moved to {@code nextResendAt} applied to how many times it was resent
     * before (0 the first time), and that count raised by one. What is claimed is the awaited answer, locked and
     * skipped like {@link #claimDueForRetry} so that one instance sends each refund. The refunds are read
     * without a lock: a unit of work recording an answer meanwhile locks the refund, then waits for this
     * one to commit before it can delete the awaited answer, so taking the refund's lock here could
     * deadlock with it.
     */
    List<Refund> claimUnanswered(Instant now, IntFunction<Instant> nextResendAt, int limit);
}
