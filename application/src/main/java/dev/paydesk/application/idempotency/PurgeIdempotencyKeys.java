package dev.paydesk.application.idempotency;

import dev.paydesk.application.job.Job;
import dev.paydesk.application.shared.UnitOfWork;
import java.time.Clock;

/** Job: forgets Idempotency-Key records past their retention (at least 24 hours). */
public final class PurgeIdempotencyKeys implements Job {
    private final UnitOfWork unitOfWork;
    private final IdempotencyStore store;
    private final Clock clock;

    public PurgeIdempotencyKeys(UnitOfWork unitOfWork, IdempotencyStore store, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "idempotency_purge";
    }

    @Override
    public int run() {
        return unitOfWork.inTransaction(() -> store.purgeExpired(clock.instant()));
    }
}
