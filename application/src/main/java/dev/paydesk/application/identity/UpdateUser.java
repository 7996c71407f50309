package dev.paydesk.application.identity;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.util.List;
import java.util.Optional;

/**
 * Use case (users.manage): change a user's roles or status. A merchant always keeps one active admin:
 * the active admins' rows are locked first, so two concurrent demotions cannot both pass the check.
 */
public final class UpdateUser {
    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final RoleResolver roles;
    private final AuditRecorder audit;

    public UpdateUser(UnitOfWork unitOfWork, UserRepository users, RoleRepository roles, AuditRecorder audit) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.roles = new RoleResolver(roles);
        this.audit = audit;
    }

    public User update(CommandContext context, String userId, Optional<List<String>> newRoles, Optional<UserStatus> newStatus) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        return unitOfWork.inTransaction(() -> {
            List<User> activeAdmins = users.activeAdminsForUpdate(actor.merchantId());
            User user = users.findForUpdate(actor.merchantId(), userId).orElseThrow(() -> DomainException.notFound("user"));
            newRoles.ifPresent(names -> roles.requireAll(actor.merchantId(), names));
            User updated = user.withRoles(newRoles.orElse(user.roles())).withStatus(newStatus.orElse(user.status()));
            if (user.isActiveAdmin() && !updated.isActiveAdmin() && activeAdmins.size() <= 1) {
                throw new DomainException(ErrorCode.LAST_ADMIN,
                        "This is the merchant's last active admin: make another user admin first.");
            }
            users.update(updated);
            audit.record(context, actor.merchantId().value(), "update_user", "user", user.id(),
                    describe(user), describe(updated));
            return updated;
        });
    }

    private static String describe(User user) {
        return user.status().code() + " " + String.join(",", user.roles());
    }
}
