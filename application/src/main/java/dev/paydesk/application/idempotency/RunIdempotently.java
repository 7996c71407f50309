package dev.paydesk.application.idempotency;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Use case: runs a command at most once per (principal, Idempotency-Key). The key is claimed in its own
 * short transaction; the command then runs in one unit of work that also stores its response, so the
 * change and the recorded response commit together. A replay returns the first status and body; the
 * same key with another request, or while the first is still running, is refused. A claim still running
 * after {@link #ABANDONED_AFTER} may be taken over by a retry; the request that lost it then stores
 * nothing and its change is rolled back, so the command still runs once.
 */
public final class RunIdempotently {
    /** Keys are kept at least this long. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** A claim older than this whose request never finished (a crashed instance) may be taken over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final UnitOfWork unitOfWork;
    private final IdempotencyStore store;
    private final Clock clock;

    public RunIdempotently(UnitOfWork unitOfWork, IdempotencyStore store, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.clock = clock;
    }

    /** {@code replayed} is true when this is the stored answer of an earlier request. */
    public record Response(int status, String body, boolean replayed) {
        public static Response of(int status, String body) {
            return new Response(status, body, false);
        }
    }

    public Response run(String principalId, String key, String requestHash, Supplier<Response> command) {
        if (key.isEmpty() || key.length() > 255) {
            throw DomainException.validation("Idempotency-Key", "invalid_length", "The Idempotency-Key header must be 1 to 255 characters.");
        }
        Instant now = clock.instant();
        IdempotencyStore.Claim claim = unitOfWork.inTransaction(() ->
                store.claim(principalId, key, requestHash, now, now.plus(RETENTION), now.minus(ABANDONED_AFTER)));
        if (claim instanceof IdempotencyStore.Replay replay) {
            return new Response(replay.status(), replay.body(), true);
        }
        if (claim instanceof IdempotencyStore.Conflict) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT, "This Idempotency-Key was used with a different request.");
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT, "A request with this Idempotency-Key is still being processed.");
        }
        String token = ((IdempotencyStore.Claimed) claim).token();
        try {
            return unitOfWork.inTransaction(() -> {
                Response response = command.get();
                if (!store.complete(principalId, key, token, response.status(), response.body())) {
                    // Rolls this request's change back: the later request that took the key over makes it instead.
                    throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT,
                            "A later request with this Idempotency-Key took it over while this one ran; this one changed nothing.");
                }
                return response;
            });
        } catch (RuntimeException | Error failure) {
            unitOfWork.run(() -> store.release(principalId, key, token));
            throw failure;
        }
    }
}
