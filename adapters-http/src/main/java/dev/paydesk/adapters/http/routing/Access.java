package dev.paydesk.adapters.http.routing;

import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import java.util.Objects;

/** Who may call a route. Every route declares one; there is no default. */
public sealed interface Access permits Access.Public, Access.Operator, Access.Merchant, Access.OperatorOrMerchant, Access.AnyMerchant,
        Access.AnyPrincipal {

    static Access publicRoute() {
        return new Public();
    }

    static Access operator() {
        return new Operator();
    }

    /** A merchant user holding this permission. */
    static Access merchant(Permission permission) {
        return new Merchant(permission);
    }

    /** Operators, or a merchant user holding this permission (who then sees only their merchant's data). */
    static Access operatorOrMerchant(Permission permission) {
        return new OperatorOrMerchant(permission);
    }

    /** Any merchant user, whatever their roles (they see only their merchant's data). */
    static Access anyMerchant() {
        return new AnyMerchant();
    }

    /** Any valid key: an operator or any merchant user. */
    static Access anyPrincipal() {
        return new AnyPrincipal();
    }

    /** How the OpenAPI document names this access rule ({@code x-paydesk-access}). */
    String description();

    /** Whether this principal passes; authentication has already happened. */
    boolean allows(Principal principal);

    default boolean requiresKey() {
        return !(this instanceof Public);
    }

    /** The permission a merchant user needs, or null when merchant users are not admitted by permission. */
    default Permission permission() {
        return null;
    }

    record Public() implements Access {
        @Override
        public String description() {
            return "public";
        }

        @Override
        public boolean allows(Principal principal) {
            return true;
        }
    }

    record Operator() implements Access {
        @Override
        public String description() {
            return "operator";
        }

        @Override
        public boolean allows(Principal principal) {
            return principal instanceof Principal.OperatorPrincipal;
        }
    }

    record Merchant(Permission permission) implements Access {
        public Merchant {
            Objects.requireNonNull(permission, "permission");
        }

        @Override
        public String description() {
            return "merchant:" + permission.code();
        }

        @Override
        public boolean allows(Principal principal) {
            return principal instanceof Principal.MerchantUser user && user.can(permission);
        }
    }

    record OperatorOrMerchant(Permission permission) implements Access {
        public OperatorOrMerchant {
            Objects.requireNonNull(permission, "permission");
        }

        @Override
        public String description() {
            return "operator, merchant:" + permission.code();
        }

        @Override
        public boolean allows(Principal principal) {
            return principal instanceof Principal.OperatorPrincipal
                    || principal instanceof Principal.MerchantUser user && user.can(permission);
        }
    }

    record AnyMerchant() implements Access {
        @Override
        public String description() {
            return "any merchant user";
        }

        @Override
        public boolean allows(Principal principal) {
            return principal instanceof Principal.MerchantUser;
        }
    }

    record AnyPrincipal() implements Access {
        @Override
        public String description() {
            return "any key";
        }

        @Override
        public boolean allows(Principal principal) {
            return true;
        }
    }
}
