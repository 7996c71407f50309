package dev.paydesk.adapters.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.idempotency.IdempotencyStore;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The contract of {@link IdempotencyStore}. */
public abstract class IdempotencyStoreContract extends PortContract {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));
    private static final Instant STALE = NOW.minus(Duration.ofMinutes(2));
    private static final String HASH = "a".repeat(64);

    private IdempotencyStore.Claim claim(String principal, String key, String hash, Instant now) {
        return tx(() -> ports.idempotency().claim(principal, key, hash, now, now.plus(Duration.ofHours(24)), now.minus(Duration.ofMinutes(2))));
    }

    @Test
    void theFirstClaimWinsAndASecondSeesItInProgress() {
        assertThat(claim("usr_1", "k", HASH, NOW)).isInstanceOf(IdempotencyStore.Claimed.class);
        assertThat(claim("usr_1", "k", HASH, NOW)).isInstanceOf(IdempotencyStore.InProgress.class);
    }

    @Test
    void aCompletedKeyReplaysItsResponse() {
        claim("usr_1", "k", HASH, NOW);
        txRun(() -> ports.idempotency().complete("usr_1", "k", 201, "{\"id\":\"usr_9\"}"));
        assertThat(claim("usr_1", "k", HASH, NOW)).isEqualTo(new IdempotencyStore.Replay(201, "{\"id\":\"usr_9\"}"));
    }

    @Test
    void anotherRequestWithTheSameKeyConflicts() {
        claim("usr_1", "k", HASH, NOW);
        assertThat(claim("usr_1", "k", "b".repeat(64), NOW)).isInstanceOf(IdempotencyStore.Conflict.class);
    }

    @Test
    void keysBelongToOnePrincipal() {
        claim("usr_1", "k", HASH, NOW);
        assertThat(claim("usr_2", "k", "b".repeat(64), NOW)).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        claim("usr_1", "k", HASH, NOW);
        txRun(() -> ports.idempotency().release("usr_1", "k"));
        assertThat(claim("usr_1", "k", "b".repeat(64), NOW)).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void anAbandonedClaimIsTakenOverAndAnExpiredKeyIsFreeAgain() {
        claim("usr_1", "stuck", HASH, NOW);
        assertThat(claim("usr_1", "stuck", HASH, NOW.plus(Duration.ofMinutes(3)))).isInstanceOf(IdempotencyStore.Claimed.class);

        claim("usr_1", "old", HASH, NOW);
        txRun(() -> ports.idempotency().complete("usr_1", "old", 200, "{}"));
        assertThat(claim("usr_1", "old", "c".repeat(64), NOW.plus(Duration.ofHours(25)))).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void keysAreKeptForTheirRetentionThenPurged() {
        claim("usr_1", "k", HASH, NOW);
        txRun(() -> ports.idempotency().complete("usr_1", "k", 200, "{}"));
        assertThat(tx(() -> ports.idempotency().purgeExpired(NOW.plus(Duration.ofHours(23))))).isZero();
        assertThat(tx(() -> ports.idempotency().purgeExpired(EXPIRES.plusSeconds(1)))).isEqualTo(1);
        assertThat(STALE).isBefore(NOW);
    }

    @Test
    void aStoredResponseIsEncryptedAtRestAndOneStoredInClearBeforeStillReplays() {
        if (!(currentBackend() instanceof PersistenceBackend.JdbiBackend jdbi)) {
            return; // nothing is at rest in memory
        }
        String body = "{\"id\":\"usr_9\",\"api_key\":\"pdk_usr_secretsecretsecretsecret\"}";
        claim("usr_1", "k", HASH, NOW);
        txRun(() -> ports.idempotency().complete("usr_1", "k", 201, body));

        Jdbi raw = Jdbi.create(jdbi.dataSource());
        String stored = raw.withHandle(h -> h.createQuery("SELECT response_body FROM idempotency_key WHERE idempotency_key = 'k'").mapTo(String.class).one());
        assertThat(stored).startsWith("v1:").doesNotContain("secretsecret").doesNotContain("usr_9");
        assertThat(claim("usr_1", "k", HASH, NOW)).isEqualTo(new IdempotencyStore.Replay(201, body));

        raw.useHandle(h -> h.execute("UPDATE idempotency_key SET response_body = '{\"id\":\"usr_8\"}' WHERE idempotency_key = 'k'"));
        assertThat(claim("usr_1", "k", HASH, NOW)).isEqualTo(new IdempotencyStore.Replay(201, "{\"id\":\"usr_8\"}"));
    }
}
