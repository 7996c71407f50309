package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.domain.identity.Operator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryOperatorRepository implements OperatorRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final Map<String, Operator> byKeyHash = new HashMap<>();

    public InMemoryOperatorRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean any() {
        unitOfWork.requireOpen();
        return !byKeyHash.isEmpty();
    }

    @Override
    public void add(Operator operator) {
        unitOfWork.requireOpen();
        if (byKeyHash.putIfAbsent(operator.apiKeyHash(), operator) != null) {
            throw new IllegalStateException("an operator with this key already exists");
        }
        unitOfWork.onRollback(() -> byKeyHash.remove(operator.apiKeyHash()));
    }

    @Override
    public Optional<Operator> findByApiKeyHash(String apiKeyHash) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byKeyHash.get(apiKeyHash));
    }
}
