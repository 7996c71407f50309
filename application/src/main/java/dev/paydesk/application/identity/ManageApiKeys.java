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
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;

/** Use cases (users.manage): issue another key to a user (shown once) and revoke a key. */
public final class ManageApiKeys {
    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageApiKeys(UnitOfWork unitOfWork, UserRepository users, ApiKeyRepository keys, AuditRecorder audit, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.keys = keys;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public record Issued(ApiKey key, String plainKey) {
    }

    public Issued issue(CommandContext context, String userId) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        return unitOfWork.inTransaction(() -> {
            User user = users.find(actor.merchantId(), userId).orElseThrow(() -> DomainException.notFound("user"));
            String plain = ApiKeys.generate(ApiKeys.MERCHANT_USER);
            ApiKey key = new ApiKey(ids.next(ApiKey.ID_PREFIX), user.id(), ApiKeys.hash(plain), clock.instant(), null);
            keys.add(key);
            audit.record(context, actor.merchantId().value(), "issue_api_key", "api_key", key.id(), null, "active");
            return new Issued(key, plain);
        });
    }

    public void revoke(CommandContext context, String userId, String keyId) {
        Principal.MerchantUser actor = Access.merchantUser(context, Permission.USERS_MANAGE);
        unitOfWork.run(() -> {
            users.find(actor.merchantId(), userId).orElseThrow(() -> DomainException.notFound("user"));
            if (!keys.revoke(userId, keyId, clock.instant())) {
                throw DomainException.notFound("api key");
            }
            audit.record(context, actor.merchantId().value(), "revoke_api_key", "api_key", keyId, "active", "revoked");
        });
    }
}
