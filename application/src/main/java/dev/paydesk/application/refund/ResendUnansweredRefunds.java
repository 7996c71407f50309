package dev.paydesk.application.refund;

import dev.paydesk.application.job.Batches;
import dev.paydesk.application.job.Batches.Batch;
import dev.paydesk.application.job.Job;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.refund.Refund;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Job ({@code refund_resends}): sends the gateway again every refund in processing whose answer is
 * overdue, because the process stopped before the call or the answer was lost: first
 * {@link RefundDispatch#RESEND_UNANSWERED_AFTER} after it was sent, then after ever longer waits
 * ({@link RefundDispatch#waitAfterResend}). It sends the same attempt, which a gateway that already
 * has it recognises. Claims work like {@link RetryFailedRefunds}. It also forgets what was awaited of
 * the refunds that left processing since: recording a success leaves that to this job.
 */
public final class ResendUnansweredRefunds implements Job {
    public static final String JOB = "refund_resends";
    private static final int BATCH = 50;
    /** Forgetting calls no gateway: larger batches, fewer statements. */
    private static final int FORGET_BATCH = 1_000;

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final RefundDispatch dispatch;
    private final Clock clock;

    public ResendUnansweredRefunds(UnitOfWork unitOfWork, RefundRepository refunds, RefundDispatch dispatch, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /**
     * Forgets the overdue awaited answers of refunds that left processing, then sends again the refunds
     * still in processing. Returns how many refunds were sent again.
     */
    @Override
    public int run() {
        Batches.untilShort(unitOfWork, FORGET_BATCH, () -> Batch.all(refunds.forgetAnswered(clock.instant(), FORGET_BATCH)));
        return Batches.untilShort(unitOfWork, BATCH, () -> {
            Instant now = clock.instant();
            List<Refund> overdue = refunds.claimUnanswered(now, earlierResends -> now.plus(RefundDispatch.waitAfterResend(earlierResends)), BATCH);
            dispatch.againAfterCommit(overdue);
            return Batch.all(overdue.size());
        });
    }
}
