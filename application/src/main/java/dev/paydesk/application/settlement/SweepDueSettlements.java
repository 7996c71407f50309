package dev.paydesk.application.settlement;

import dev.paydesk.application.job.Job;
import dev.paydesk.application.shared.CommandContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * Job ({@code settlement_sweeps}): runs {@link RunSettlement} for every business date {@link DueSweeps} reports due
 * now, oldest first, so a missed day is caught up. A run covers every country due on its date; settlements and
 * runs are idempotent, so several instances running it at once settle each merchant, currency and date once.
 */
public final class SweepDueSettlements implements Job {
    public static final String JOB = "settlement_sweeps";

    private final DueSweeps dueSweeps;
    private final RunSettlement runSettlement;
    private final Clock clock;

    public SweepDueSettlements(DueSweeps dueSweeps, RunSettlement runSettlement, Clock clock) {
        this.dueSweeps = dueSweeps;
        this.runSettlement = runSettlement;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** Returns how many settlements were created. */
    @Override
    public int run() {
        CommandContext context = CommandContext.system(JOB);
        TreeSet<LocalDate> dates = new TreeSet<>();
        dueSweeps.due(clock.instant()).forEach(due -> dates.add(due.businessDate()));
        int created = 0;
        for (LocalDate date : dates) {
            created += runSettlement.run(context, date).settlementsCreated();
        }
        return created;
    }
}
