package dev.paydesk.application.settlement;

import dev.paydesk.application.job.Batches;
import dev.paydesk.application.job.Batches.Batch;
import dev.paydesk.application.job.Job;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.settlement.ReserveHold;
import dev.paydesk.domain.settlement.ReserveRelease;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Use case (the scheduler, or an operator through the jobs endpoint): every guarantee whose release date has
 * come moves reserve → main. Holds are claimed a batch at a time with skip-locked semantics, each batch in its own
 * transaction; a released hold is never claimed again, so running it twice (or on two instances) releases once.
 * As the job {@code reserve_release} it releases what is due on today's UTC date: every served country is at or ahead
 * of UTC, so that date has begun everywhere and no hold is released before its day.
 */
public final class ReleaseReserves implements Job {
    public static final String JOB = "reserve_release";
    public static final int BATCH = 200;

    private final UnitOfWork unitOfWork;
    private final ReserveHolds holds;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;

    public ReleaseReserves(UnitOfWork unitOfWork, ReserveHolds holds, LedgerRepository ledger, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.holds = holds;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public int run() {
        return release(CommandContext.system(JOB), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Releases what is due on {@code asOf}; returns how many holds were released. */
    public int release(CommandContext context, LocalDate asOf) {
        Access.operator(context);
        if (asOf == null) {
            throw DomainException.validation("as_of", "required", "as_of is required");
        }
        return Batches.untilShort(unitOfWork, BATCH, () -> {
            List<ReserveHold> due = holds.claimDue(asOf, BATCH);
            for (ReserveHold hold : due) {
                ReserveRelease release = hold.releaseOn(asOf);
                ledger.append(release.journalEntry(ids.next(JournalEntry.ID_PREFIX), clock.instant()));
                holds.markReleased(hold.settlementId(), asOf);
            }
            return Batch.all(due.size());
        });
    }
}
