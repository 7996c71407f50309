package dev.paydesk.application.identity;

import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Operator;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates the first operator when none exists. The key is the one configured, or a new random one;
 * it is returned once so that the caller can print it, and only its hash is kept.
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

    /** The new operator's plain key if one was created now, empty if an operator already existed. */
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
            return Optional.of(key);
        });
    }
}
