package dev.paydesk.application.refund;

import dev.paydesk.application.job.Batches;
import dev.paydesk.application.job.Batches.Batch;
import dev.paydesk.application.job.Job;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.refund.Refund;
import java.time.Clock;
import java.util.List;

/**
 * Job ({@code refund_retries}): sends every failed refund whose retry is due to the gateway again.
 * Claims work with {@code FOR UPDATE SKIP LOCKED}, a batch per transaction, so several server
 * instances can run it at once without sending one refund twice.
 */
public final class RetryFailedRefunds implements Job {
    public static final String JOB = "refund_retries";
    private static final int BATCH = 50;

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final RefundRetries retries;
    private final Clock clock;

    public RetryFailedRefunds(UnitOfWork unitOfWork, RefundRepository refunds, RefundRetries retries, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** Returns how many refunds were sent again. */
    @Override
    public int run() {
        CommandContext context = CommandContext.system(JOB);
        // The due time is fixed per batch: a refund failing again in this run is due later, never in this loop.
        return Batches.untilShort(unitOfWork, BATCH, () -> {
            List<Refund> claimed = refunds.claimDueForRetry(clock.instant(), BATCH);
            retries.retry(context, claimed);
            return Batch.all(claimed.size());
        });
    }
}
