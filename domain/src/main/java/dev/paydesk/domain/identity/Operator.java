package dev.paydesk.domain.identity;

import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.Objects;

/** A member of the provider's staff (or one of its integrations). Authenticated by an API key kept only as a hash. */
public record Operator(String id, String name, String apiKeyHash, Instant createdAt) {
    public static final String ID_PREFIX = "opr_";

    public Operator {
        PrefixedId.require(id, ID_PREFIX);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operator has a name");
        }
        Objects.requireNonNull(apiKeyHash, "apiKeyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
