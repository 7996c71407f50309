package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns role names into roles — built-in first, then the merchant's custom ones. */
final class RoleResolver {
    private final RoleRepository roles;

    RoleResolver(RoleRepository roles) {
        this.roles = roles;
    }

    Optional<Role> find(MerchantId merchantId, String name) {
        Role builtIn = Role.builtIn(name);
        return builtIn != null ? Optional.of(builtIn) : roles.find(merchantId, name);
    }

    /** Refuses unknown names with a validation error on {@code roles}. */
    void requireAll(MerchantId merchantId, List<String> names) {
        if (names.isEmpty()) {
            throw DomainException.validation("roles", "required", "A user holds at least one role.");
        }
        for (String name : names) {
            if (find(merchantId, name).isEmpty()) {
                throw DomainException.validation("roles", "unknown_role", "Unknown role '" + name + "'.");
            }
        }
    }

    Set<Permission> permissionsOf(MerchantId merchantId, List<String> names) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String name : names) {
            find(merchantId, name).ifPresent(role -> permissions.addAll(role.permissions()));
        }
        return permissions;
    }
}
