package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.ApiKey;
import dev.paydesk.domain.identity.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: merchant users' API keys, as hashes. */
public interface ApiKeyRepository {

    void add(ApiKey key);

    /**
     * The key with this hash and the user it belongs to, read together: authentication needs both on
     * every request, so adapters answer it in one query.
     */
    Optional<KeyWithUser> findWithUser(String keyHash);

    List<ApiKey> listForUser(String userId);

    /** Marks the key revoked; false if it was unknown or already revoked. */
    boolean revoke(String userId, String keyId, Instant at);

    record KeyWithUser(ApiKey key, User user) {
    }
}
