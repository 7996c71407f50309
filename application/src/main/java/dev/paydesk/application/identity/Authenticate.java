package dev.paydesk.application.identity;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import java.util.Optional;

/** Use case: turns a presented API key into the principal it belongs to, or nothing. */
public final class Authenticate {
    private final UnitOfWork unitOfWork;
    private final OperatorRepository operators;

    public Authenticate(UnitOfWork unitOfWork, OperatorRepository operators) {
        this.unitOfWork = unitOfWork;
        this.operators = operators;
    }

    public Optional<Principal> byApiKey(String presentedKey) {
        if (!ApiKeys.isWellFormed(presentedKey) && (presentedKey == null || presentedKey.length() < 24)) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(presentedKey);
        return unitOfWork.inTransaction(() -> operators.findByApiKeyHash(hash)
                .filter(operator -> ApiKeys.sameHash(operator.apiKeyHash(), hash))
                .map(operator -> new Principal.OperatorPrincipal(operator.id())));
    }
}
