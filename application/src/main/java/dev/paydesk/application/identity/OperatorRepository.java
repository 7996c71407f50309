package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.Operator;
import java.util.Optional;

/** Outbound port: the provider's operators. */
public interface OperatorRepository {

    boolean any();

    void add(Operator operator);

    Optional<Operator> findByApiKeyHash(String apiKeyHash);
}
