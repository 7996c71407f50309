package dev.paydesk.application.identity;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.identity.User;
import java.util.Optional;

/**
 * Use case: turns a presented API key into the principal it belongs to, or nothing. Keys are looked up
 * by their SHA-256 hash and compared in constant time; a revoked key, or a disabled user's key, stops
 * working at once because every request reads the current rows.
 */
public final class Authenticate {
    private final UnitOfWork unitOfWork;
    private final OperatorRepository operators;
    private final ApiKeyRepository keys;
    private final RoleResolver roles;

    public Authenticate(UnitOfWork unitOfWork, OperatorRepository operators, ApiKeyRepository keys, RoleRepository roles) {
        this.unitOfWork = unitOfWork;
        this.operators = operators;
        this.keys = keys;
        this.roles = new RoleResolver(roles);
    }

    public Optional<Principal> byApiKey(String presentedKey) {
        if (presentedKey == null || presentedKey.length() < 24 || presentedKey.length() > 200) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(presentedKey);
        // Generated user keys say what they are; only they can belong to a merchant user. Any other key
        // (the operator's, possibly configured by hand) is looked up among operators only.
        boolean userKey = presentedKey.startsWith("pdk_" + ApiKeys.MERCHANT_USER + "_");
        return unitOfWork.read(() -> userKey
                ? keys.findWithUser(hash)
                        .filter(found -> !found.key().revoked() && ApiKeys.sameHash(found.key().keyHash(), hash))
                        .flatMap(found -> activeUser(found.user()))
                : operators.findByApiKeyHash(hash)
                        .filter(found -> ApiKeys.sameHash(found.apiKeyHash(), hash))
                        .map(found -> new Principal.OperatorPrincipal(found.id())));
    }

    private Optional<Principal> activeUser(User found) {
        return Optional.of(found)
                .filter(User::active)
                .map(user -> new Principal.MerchantUser(user.id(), user.merchantId(), roles.permissionsOf(user.merchantId(), user.roles()),
                        user.roles().contains(Role.ADMIN.name())));
    }
}
