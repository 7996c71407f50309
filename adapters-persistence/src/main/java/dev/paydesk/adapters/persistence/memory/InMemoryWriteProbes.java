package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.diagnostics.WriteProbes;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

public final class InMemoryWriteProbes implements WriteProbes {
    private final InMemoryUnitOfWork unitOfWork;
    private final Set<String> ids = new HashSet<>();

    public InMemoryWriteProbes(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(String id, String operatorId, Instant at) {
        unitOfWork.requireOpen();
        if (!ids.add(id)) {
            throw new IllegalStateException("duplicate probe " + id);
        }
        unitOfWork.onRollback(() -> ids.remove(id));
    }
}
