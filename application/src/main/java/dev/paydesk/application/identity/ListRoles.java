package dev.paydesk.application.identity;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Use case (users.manage): built-in and custom roles with their permissions and how many users hold each. */
public final class ListRoles {
    private final UnitOfWork unitOfWork;
    private final RoleRepository roles;
    private final UserRepository users;

    public ListRoles(UnitOfWork unitOfWork, RoleRepository roles, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.roles = roles;
        this.users = users;
    }

    public record RoleView(Role role, long userCount) {
    }

    public List<RoleView> list(CommandContext context) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        return unitOfWork.inTransaction(() -> {
            Map<String, Long> counts = users.countByRole(actor.merchantId());
            List<RoleView> views = new ArrayList<>();
            Role.BUILT_IN.forEach(role -> views.add(new RoleView(role, counts.getOrDefault(role.name(), 0L))));
            roles.list(actor.merchantId()).forEach(role -> views.add(new RoleView(role, counts.getOrDefault(role.name(), 0L))));
            return views;
        });
    }
}
