package dev.paydesk.domain.identity;

import dev.paydesk.domain.merchant.MerchantId;
import java.util.Objects;
import java.util.Set;

/** Who is calling: one of the provider's operators, or a user of one merchant with the permissions of its roles. */
public sealed interface Principal permits Principal.OperatorPrincipal, Principal.MerchantUser {

    /** Stable id used for idempotency scoping and the audit log. */
    String id();

    /** {@code operator} or {@code merchant_user}, as the audit log names it. */
    String type();

    record OperatorPrincipal(String id) implements Principal {
        public OperatorPrincipal {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String type() {
            return "operator";
        }
    }

    /**
     * A merchant user. {@code admin} is true when the user holds the built-in admin role (which
     * matters for cancelling others' refunds — never for approving one's own).
     */
    record MerchantUser(String id, MerchantId merchantId, Set<Permission> permissions, boolean admin) implements Principal {
        public MerchantUser {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(merchantId, "merchantId");
            permissions = Set.copyOf(permissions);
        }

        public boolean can(Permission permission) {
            return permissions.contains(permission);
        }

        @Override
        public String type() {
            return "merchant_user";
        }
    }
}
