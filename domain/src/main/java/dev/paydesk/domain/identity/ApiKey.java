package dev.paydesk.domain.identity;

import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.Objects;

/** A merchant user's API key as stored: its hash only. Revoked keys stop working at once. */
public record ApiKey(String id, String userId, String keyHash, Instant createdAt, Instant revokedAt) {
    public static final String ID_PREFIX = "key_";

    public ApiKey {
        PrefixedId.require(id, ID_PREFIX);
        Objects.requireNonNull(userId, "userId");
        if (keyHash == null || keyHash.length() != 64) {
            throw new IllegalArgumentException("an API key is stored as a 64-character SHA-256 hex hash");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
