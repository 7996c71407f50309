package dev.paydesk.application.identity;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.User;

/** Use case (users.manage): the users of the caller's merchant, newest first. */
public final class ListUsers {
    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public ListUsers(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    public Page<User> list(CommandContext context, String cursor, int limit) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        return Page.ofIds(unitOfWork.inTransaction(() -> users.list(actor.merchantId(), cursor, limit + 1)), limit, User::id);
    }
}
