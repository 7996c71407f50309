package dev.paydesk.application.diagnostics;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import java.time.Clock;

/**
 * Use case (operators): one authenticated request that does exactly one insert — to check database
 * write latency, and the floor the load benchmark compares the refund lifecycle with.
 */
public final class ProbeWrite {
    private final UnitOfWork unitOfWork;
    private final WriteProbes probes;
    private final IdGenerator ids;
    private final Clock clock;

    public ProbeWrite(UnitOfWork unitOfWork, WriteProbes probes, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.probes = probes;
        this.ids = ids;
        this.clock = clock;
    }

    public String probe(CommandContext context) {
        Access.operator(context);
        String id = ids.next("prb_");
        unitOfWork.run(() -> probes.insert(id, context.actor().id(), clock.instant()));
        return id;
    }
}
