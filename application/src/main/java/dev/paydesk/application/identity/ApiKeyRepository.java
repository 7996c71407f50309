package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: merchant users' API keys, as hashes. */
public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> findByHash(String keyHash);

    List<ApiKey> listForUser(String userId);

    /** Marks the key revoked; false if it was unknown or already revoked. */
    boolean revoke(String userId, String keyId, Instant at);
}
