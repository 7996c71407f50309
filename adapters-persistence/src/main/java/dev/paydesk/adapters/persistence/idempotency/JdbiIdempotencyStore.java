package dev.paydesk.adapters.persistence.idempotency;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.application.idempotency.IdempotencyStore;
import dev.paydesk.application.payoutaccount.AccountNumberCipher;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Idempotency keys in one table keyed by (principal, key). The claim is an insert-if-absent, so of
 * many concurrent first requests exactly one inserts; the others read the row it left.
 *
 * <p>A stored response may hold a secret shown once (a new user's or merchant's API key), so it is kept
 * encrypted with the cipher that protects account numbers at rest, and decrypted for a replay.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {
    private final JdbiUnitOfWork unitOfWork;
    private final AccountNumberCipher cipher;

    public JdbiIdempotencyStore(JdbiUnitOfWork unitOfWork, AccountNumberCipher cipher) {
        this.unitOfWork = unitOfWork;
        this.cipher = cipher;
    }

    @Override
    public Claim claim(String principalId, String key, String requestHash, Instant now, Instant expiresAt, Instant staleBefore) {
        Handle handle = unitOfWork.transaction().handle();
        String token = UUID.randomUUID().toString();
        int inserted;
        try {
            inserted = handle.createUpdate(SqlDialect.of(handle).insertIfAbsent("idempotency_key",
                            "principal_id, idempotency_key, request_hash, status, claim_token, claimed_at, expires_at",
                            "CAST(:principal AS VARCHAR(60)), CAST(:key AS VARCHAR(255)), CAST(:hash AS CHAR(64)), 'in_progress', CAST(:token AS VARCHAR(36)), "
                                    + "CAST(:now AS TIMESTAMP WITH TIME ZONE), CAST(:expires AS TIMESTAMP WITH TIME ZONE)",
                            "principal_id, idempotency_key", "principal_id = CAST(:principal AS VARCHAR(60)) AND idempotency_key = CAST(:key AS VARCHAR(255))"))
                    .bind("principal", principalId).bind("key", key).bind("hash", requestHash).bind("token", token)
                    .bind("now", now.atOffset(ZoneOffset.UTC)).bind("expires", expiresAt.atOffset(ZoneOffset.UTC))
                    .execute();
        } catch (RuntimeException failure) {
            if (!SqlDialect.isUniqueViolation(failure)) {
                throw failure;
            }
            inserted = 0; // H2: a concurrent request inserted it first
        }
        if (inserted == 1) {
            return new Claimed(token);
        }
        Stored stored = handle.createQuery("SELECT request_hash, status, response_status, response_body, claimed_at, expires_at FROM idempotency_key "
                        + "WHERE principal_id = :principal AND idempotency_key = :key FOR UPDATE")
                .bind("principal", principalId).bind("key", key)
                .map((rs, ctx) -> new Stored(rs.getString("request_hash"), rs.getString("status"), rs.getInt("response_status"),
                        rs.getString("response_body"), rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .findOne()
                .orElse(null);
        if (stored == null || stored.expiresAt().isBefore(now) || stored.abandonedBefore(staleBefore)) {
            return retake(handle, principalId, key, requestHash, token, now, expiresAt);
        }
        if (!stored.requestHash().equals(requestHash)) {
            return new Conflict();
        }
        return stored.completed() ? new Replay(stored.responseStatus(), readable(stored.responseBody())) : new InProgress();
    }

    /** Responses stored before they were encrypted are JSON (or empty) and are read as they are, for the day they are kept. */
    private String readable(String storedBody) {
        boolean storedInClear = storedBody.isEmpty() || storedBody.startsWith("{") || storedBody.startsWith("[");
        return storedInClear ? storedBody : cipher.decrypt(storedBody);
    }

    private record Stored(String requestHash, String status, int responseStatus, String responseBody, Instant claimedAt, Instant expiresAt) {
        boolean completed() {
            return "completed".equals(status);
        }

        boolean abandonedBefore(Instant staleBefore) {
            return !completed() && claimedAt.isBefore(staleBefore);
        }
    }

    /** Takes over an expired or abandoned row (or one deleted meanwhile) for this request. */
    private static Claim retake(Handle handle, String principalId, String key, String requestHash, String token, Instant now, Instant expiresAt) {
        int updated = handle.createUpdate("UPDATE idempotency_key SET request_hash = :hash, status = 'in_progress', response_status = NULL, "
                        + "response_body = NULL, claim_token = :token, claimed_at = :now, expires_at = :expires "
                        + "WHERE principal_id = :principal AND idempotency_key = :key")
                .bind("hash", requestHash).bind("token", token).bind("now", now.atOffset(ZoneOffset.UTC)).bind("expires", expiresAt.atOffset(ZoneOffset.UTC))
                .bind("principal", principalId).bind("key", key).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO idempotency_key (principal_id, idempotency_key, request_hash, status, claim_token, claimed_at, expires_at) "
                            + "VALUES (:principal, :key, :hash, 'in_progress', :token, :now, :expires)")
                    .bind("hash", requestHash).bind("token", token).bind("now", now.atOffset(ZoneOffset.UTC)).bind("expires", expiresAt.atOffset(ZoneOffset.UTC))
                    .bind("principal", principalId).bind("key", key).execute();
        }
        return new Claimed(token);
    }

    @Override
    public boolean complete(String principalId, String key, String token, int status, String body) {
        return unitOfWork.transaction().handle().createUpdate("UPDATE idempotency_key SET status = 'completed', response_status = :status, "
                        + "response_body = :body WHERE principal_id = :principal AND idempotency_key = :key AND status = 'in_progress' AND claim_token = :token")
                .bind("status", status).bind("body", cipher.encrypt(body)).bind("principal", principalId).bind("key", key).bind("token", token)
                .execute() == 1;
    }

    @Override
    public void release(String principalId, String key, String token) {
        unitOfWork.transaction().handle().createUpdate("DELETE FROM idempotency_key WHERE principal_id = :principal AND idempotency_key = :key "
                        + "AND status = 'in_progress' AND claim_token = :token")
                .bind("principal", principalId).bind("key", key).bind("token", token).execute();
    }

    @Override
    public int purgeExpired(Instant now) {
        return unitOfWork.transaction().handle().createUpdate("DELETE FROM idempotency_key WHERE expires_at < :now")
                .bind("now", now.atOffset(ZoneOffset.UTC)).execute();
    }
}
