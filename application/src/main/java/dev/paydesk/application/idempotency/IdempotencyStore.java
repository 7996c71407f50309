package dev.paydesk.application.idempotency;

import java.time.Instant;

/**
 * Outbound port: Idempotency-Key records per principal. A key is first claimed in its own short
 * transaction; its response is then stored by {@link #complete} inside the transaction of the change
 * it guards, so the change and its recorded response commit together.
 */
public interface IdempotencyStore {

    /** Claims the key for this request, or reports what a previous request with the same key left. */
    Claim claim(String principalId, String key, String requestHash, Instant now, Instant expiresAt, Instant staleBefore);

    /**
     * Stores the response of the request holding the claim {@code token}; call inside the unit of work of the guarded
     * change. False, storing nothing, when the claim is no longer that request's: a later request took it over.
     */
    boolean complete(String principalId, String key, String token, int status, String body);

    /** Forgets the unfinished claim {@code token} (the guarded change failed and left nothing); another request's claim stays. */
    void release(String principalId, String key, String token);

    /** Deletes records whose expiry has passed; returns how many. */
    int purgeExpired(Instant now);

    sealed interface Claim permits Claimed, Replay, Conflict, InProgress {
    }

    /** First use of the key, or a takeover of an abandoned claim: go ahead; {@code token} names this request's claim. */
    record Claimed(String token) implements Claim {
    }

    /** Same key and same request, already answered: send this again. */
    record Replay(int status, String body) implements Claim {
    }

    /** Same key, different request. */
    record Conflict() implements Claim {
    }

    /** Same key and request, still running elsewhere. */
    record InProgress() implements Claim {
    }
}
