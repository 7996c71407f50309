package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.SettlementEvents;
import dev.paydesk.domain.settlement.Settlement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemorySettlementEvents implements SettlementEvents {
    private final InMemoryUnitOfWork unitOfWork;
    private final List<String> completed = new CopyOnWriteArrayList<>();

    public InMemorySettlementEvents(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void completed(Settlement settlement) {
        unitOfWork.requireOpen();
        completed.add(settlement.id());
        unitOfWork.onRollback(() -> completed.remove(completed.size() - 1));
    }

    /** The ids of the settlements whose completion was published, oldest first. */
    public List<String> completedSettlementIds() {
        return List.copyOf(completed);
    }
}
