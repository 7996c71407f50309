package dev.paydesk.application.identity;

import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Operator;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates the first operator when none exists. The key is the one configured, or a new random one;
 * only its hash is kept. A new random key is returned once so that the caller can print it; a
 * configured key is not, since whoever configured it knows it and printing it would put a secret in
 * the server's output.
 */
public final class BootstrapOperator {
    private final UnitOfWork unitOfWork;
    private final OperatorRepository operators;
    private final IdGenerator ids;
    private final Clock clock;

    public BootstrapOperator(UnitOfWork unitOfWork, OperatorRepository operators, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.operators = operators;
        this.ids = ids;
        this.clock = clock;
    }

    /** The plain key generated now for a new operator; empty if an operator already existed or the key was configured. */
    public Optional<String> ensureOperator(Optional<String> configuredKey) {
        configuredKey.ifPresent(key -> {
            if (key.length() < 24) {
                throw new IllegalArgumentException("PAYDESK_OPERATOR_KEY must be at least 24 characters long");
            }
        });
        return unitOfWork.inTransaction(() -> {
            if (operators.any()) {
                return Optional.empty();
            }
            String key = configuredKey.orElseGet(() -> ApiKeys.generate(ApiKeys.OPERATOR));
            operators.add(new Operator(ids.next(Operator.ID_PREFIX), "first operator", ApiKeys.hash(key), clock.instant()));
            return configuredKey.isPresent() ? Optional.<String>empty() : Optional.of(key);
        });
    }
}
