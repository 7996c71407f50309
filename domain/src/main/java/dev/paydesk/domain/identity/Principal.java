package dev.paydesk.domain.identity;

import java.util.Objects;

/** Who is calling: an operator, or later a merchant user. */
public sealed interface Principal permits Principal.OperatorPrincipal {

    /** Stable id used for idempotency scoping and the audit log. */
    String id();

    record OperatorPrincipal(String id) implements Principal {
        public OperatorPrincipal {
            Objects.requireNonNull(id, "id");
        }
    }
}
