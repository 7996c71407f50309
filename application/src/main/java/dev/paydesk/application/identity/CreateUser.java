package dev.paydesk.application.identity;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.ApiKey;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Use case (users.manage): a new user of the caller's merchant, with an API key shown once. */
public final class CreateUser {
    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final RoleResolver roles;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateUser(UnitOfWork unitOfWork, UserRepository users, ApiKeyRepository keys, RoleRepository roles, AuditRecorder audit,
                      IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.keys = keys;
        this.roles = new RoleResolver(roles);
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public record Created(User user, String apiKey) {
    }

    public Created create(CommandContext context, String email, String name, List<String> roleNames) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        if (!User.isEmail(email)) {
            throw DomainException.validation("email", "invalid_email", "Field 'email' must be an email address.");
        }
        return unitOfWork.inTransaction(() -> {
            roles.requireAll(actor.merchantId(), roleNames);
            if (users.emailTaken(actor.merchantId(), email)) {
                throw DomainException.validation("email", "already_taken", "A user with this email already exists.");
            }
            Instant now = clock.instant();
            User user = new User(ids.next(User.ID_PREFIX), actor.merchantId(), email, name, roleNames, UserStatus.ACTIVE, now);
            users.add(user);
            String key = ApiKeys.generate(ApiKeys.MERCHANT_USER);
            keys.add(new ApiKey(ids.next(ApiKey.ID_PREFIX), user.id(), ApiKeys.hash(key), now, null));
            audit.record(context, actor.merchantId().value(), "create_user", "user", user.id(), null, UserStatus.ACTIVE.code());
            return new Created(user, key);
        });
    }
}
