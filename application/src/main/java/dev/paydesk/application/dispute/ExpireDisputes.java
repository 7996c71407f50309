package dev.paydesk.application.dispute;

import dev.paydesk.application.job.Batches;
import dev.paydesk.application.job.Batches.Batch;
import dev.paydesk.application.job.Job;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeExpiry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Job ({@code dispute_expiry}): every dispute still needing a response after its {@code respond_by}
 * → lost, the held amount to the customer. Claims work with {@code FOR UPDATE SKIP LOCKED}, a batch
 * per transaction, so several instances can run it at once; a dispute another run (or the merchant)
 * closed meanwhile is left as it is, so running it again changes nothing.
 */
public final class ExpireDisputes implements Job {
    public static final String JOB = "dispute_expiry";
    static final int BATCH = 50;

    private final UnitOfWork unitOfWork;
    private final DisputeRepository disputes;
    private final DisputeClosings closings;
    private final Clock clock;

    ExpireDisputes(UnitOfWork unitOfWork, DisputeRepository disputes, DisputeClosings closings, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
        this.closings = closings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** Returns how many disputes this run expired. */
    @Override
    public int run() {
        CommandContext context = CommandContext.system(JOB);
        Instant now = clock.instant();
        return Batches.untilShort(unitOfWork, BATCH, () -> {
            List<Dispute> batch = disputes.claimDueForExpiry(now, BATCH);
            int expired = 0;
            for (Dispute dispute : batch) {
                DisputeExpiry expiry = dispute.expire(now);
                if (expiry.expired()) {
                    closings.record(context, dispute, expiry.dispute());
                    expired++;
                }
            }
            return new Batch(batch.size(), expired);
        });
    }
}
