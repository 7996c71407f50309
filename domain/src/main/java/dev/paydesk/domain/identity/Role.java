package dev.paydesk.domain.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A named set of permissions: one of the four built-in roles, or a merchant's custom role. */
public record Role(String name, Set<Permission> permissions, boolean builtIn) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,59}");

    public static final Role ADMIN = new Role("admin", EnumSet.allOf(Permission.class), true);
    public static final Role FINANCE = new Role("finance", EnumSet.of(Permission.TRANSACTIONS_READ, Permission.REFUNDS_APPROVE,
            Permission.BALANCES_READ, Permission.PAYOUTS_REQUEST, Permission.PAYOUT_ACCOUNTS_MANAGE, Permission.REPORTS_READ), true);
    public static final Role SUPPORT = new Role("support", EnumSet.of(Permission.TRANSACTIONS_READ, Permission.REFUNDS_CREATE,
            Permission.DISPUTES_MANAGE), true);
    public static final Role VIEWER = new Role("viewer", EnumSet.of(Permission.TRANSACTIONS_READ, Permission.BALANCES_READ,
            Permission.REPORTS_READ), true);
    public static final List<Role> BUILT_IN = List.of(ADMIN, FINANCE, SUPPORT, VIEWER);

    public Role {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a role name is 2–60 lower-case letters, digits or _, starting with a letter: " + name);
        }
        permissions = Set.copyOf(permissions);
    }

    /** A merchant's own role; the built-in names are reserved. */
    public static Role custom(String name, Set<Permission> permissions) {
        if (builtIn(name) != null) {
            throw new IllegalArgumentException("'" + name + "' is a built-in role");
        }
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("a role grants at least one permission");
        }
        return new Role(name, permissions, false);
    }

    /** The built-in role of this name, or null. */
    public static Role builtIn(String name) {
        return BUILT_IN.stream().filter(role -> role.name.equals(name)).findFirst().orElse(null);
    }
}
