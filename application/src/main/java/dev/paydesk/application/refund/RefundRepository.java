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
     * The gateway was sent this refund's current attempt and has not answered: from {@code resendAt}
     * on, {@link #claimUnanswered} returns it while it is in processing. Replaces what an earlier attempt
     * of the refund awaited. Called in the unit of work that moved it to processing.
     *
     * <p>Recording a success removes nothing: the refund leaves processing, and {@link #forgetAnswered}
     * removes the awaited answer once it is overdue (a failure removes it at once: {@link #forgetFailed}).
     * A delete on every answer would look its row up in a table whose every row is deleted within
     * minutes, which PostgreSQL's planner reads as too small for its index.
     */
    void awaitAnswer(RefundId id, Instant resendAt);

    /**
     * Removes at once what was awaited of a refund whose current attempt failed. Only failures: an
     * instance of a build before this one sends the next attempt with a plain insert, which a row left
     * behind would refuse. Failures are few, and the table now keeps 15 minutes of rows, so its
     * statistics no longer call it empty.
     */
    void forgetFailed(RefundId id);

    /**
     * Removes up to {@code limit} awaited answers overdue at {@code now} whose refund is no longer in
     * processing (answered, or failed and waiting for its retry, which awaits anew), skipping those
     * another transaction holds. Returns how many it removed.
     */
    int forgetAnswered(Instant now, int limit);

    /**
     * Up to {@code limit} refunds still in processing whose awaited answer is overdue at {@code now}
     * (longest overdue first), each one's next resend moved to {@code nextResendAt} applied to how many
     * times it was resent before (0 the first time), and that count raised by one. What is claimed is the
     * awaited answer, locked and skipped like {@link #claimDueForRetry} so that one instance sends each
     * refund. The refunds are read without a lock (an answer recorded meanwhile does not wait for this
     * unit of work): a refund answered between the claim and that read is left out, its awaited answer
     * moved all the same, and forgotten later.
     */
    List<Refund> claimUnanswered(Instant now, IntFunction<Instant> nextResendAt, int limit);
}
