package dev.paydesk.application.identity;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.shared.DomainException;
import java.util.Set;

/** Use case (users.manage): a custom role of the caller's merchant. */
public final class CreateRole {
    private final UnitOfWork unitOfWork;
    private final RoleRepository roles;
    private final AuditRecorder audit;

    public CreateRole(UnitOfWork unitOfWork, RoleRepository roles, AuditRecorder audit) {
        this.unitOfWork = unitOfWork;
        this.roles = roles;
        this.audit = audit;
    }

    public Role create(CommandContext context, String name, Set<Permission> permissions) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        Role role;
        try {
            role = Role.custom(name, permissions);
        } catch (IllegalArgumentException invalid) {
            throw DomainException.validation(permissions.isEmpty() ? "permissions" : "name", "invalid", invalid.getMessage());
        }
        return unitOfWork.inTransaction(() -> {
            if (roles.find(actor.merchantId(), name).isPresent()) {
                throw DomainException.validation("name", "already_taken", "A role named '" + name + "' already exists.");
            }
            roles.add(actor.merchantId(), role);
            audit.record(context, actor.merchantId().value(), "create_role", "role", name, null, "created");
            return role;
        });
    }
}
