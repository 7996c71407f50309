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

    /** Claims a free key; the claim's token. */
    private String claimed(String principal, String key, String hash, Instant now) {
        return ((IdempotencyStore.Claimed) claim(principal, key, hash, now)).token();
    }

    private boolean complete(String principal, String key, String token, int status, String body) {
        return tx(() -> ports.idempotency().complete(principal, key, token, status, body));
    }

    @Test
    void theFirstClaimWinsAndASecondSeesItInProgress() {
        assertThat(claim("usr_1", "k", HASH, NOW)).isInstanceOf(IdempotencyStore.Claimed.class);
        assertThat(claim("usr_1", "k", HASH, NOW)).isInstanceOf(IdempotencyStore.InProgress.class);
    }

    @Test
    void aCompletedKeyReplaysItsResponse() {
        String token = claimed("usr_1", "k", HASH, NOW);
        assertThat(complete("usr_1", "k", token, 201, "{\"id\":\"usr_9\"}")).isTrue();
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
        String token = claimed("usr_1", "k", HASH, NOW);
        txRun(() -> ports.idempotency().release("usr_1", "k", token));
        assertThat(claim("usr_1", "k", "b".repeat(64), NOW)).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void anAbandonedClaimIsTakenOverAndAnExpiredKeyIsFreeAgain() {
        claim("usr_1", "stuck", HASH, NOW);
        assertThat(claim("usr_1", "stuck", HASH, NOW.plus(Duration.ofMinutes(3)))).isInstanceOf(IdempotencyStore.Claimed.class);

        String token = claimed("usr_1", "old", HASH, NOW);
        assertThat(complete("usr_1", "old", token, 200, "{}")).isTrue();
        assertThat(claim("usr_1", "old", "c".repeat(64), NOW.plus(Duration.ofHours(25)))).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void keysAreKeptForTheirRetentionThenPurged() {
        String token = claimed("usr_1", "k", HASH, NOW);
        assertThat(complete("usr_1", "k", token, 200, "{}")).isTrue();
        assertThat(tx(() -> ports.idempotency().purgeExpired(NOW.plus(Duration.ofHours(23))))).isZero();
        assertThat(tx(() -> ports.idempotency().purgeExpired(EXPIRES.plusSeconds(1)))).isEqualTo(1);
        assertThat(STALE).isBefore(NOW);
    }

    @Test
    void aClaimTakenOverByALaterRequestIsNeitherCompletedNorReleasedByTheFirst() {
        String first = claimed("usr_1", "k", HASH, NOW);
        String later = claimed("usr_1", "k", HASH, NOW.plus(Duration.ofMinutes(3)));
        assertThat(later).isNotEqualTo(first);

        assertThat(complete("usr_1", "k", first, 201, "{\"id\":\"first\"}")).isFalse();
        txRun(() -> ports.idempotency().release("usr_1", "k", first));
        assertThat(claim("usr_1", "k", HASH, NOW.plus(Duration.ofMinutes(4)))).as("the later request still holds it")
                .isInstanceOf(IdempotencyStore.InProgress.class);

        assertThat(complete("usr_1", "k", later, 201, "{\"id\":\"later\"}")).isTrue();
        assertThat(complete("usr_1", "k", later, 201, "{\"id\":\"again\"}")).as("a completed claim is final").isFalse();
        assertThat(claim("usr_1", "k", HASH, NOW.plus(Duration.ofMinutes(5)))).isEqualTo(new IdempotencyStore.Replay(201, "{\"id\":\"later\"}"));
    }

    @Test
    void aStoredResponseIsEncryptedAtRestAndOneStoredInClearBeforeStillReplays() {
        if (!(currentBackend() instanceof PersistenceBackend.JdbiBackend jdbi)) {
            return; // nothing is at rest in memory
        }
        String body = "{\"id\":\"usr_9\",\"api_key\":\"pdk_usr_secretsecretsecretsecret\"}";
        String token = claimed("usr_1", "k", HASH, NOW);
        assertThat(complete("usr_1", "k", token, 201, body)).isTrue();

        Jdbi raw = Jdbi.create(jdbi.dataSource());
        String stored = raw.withHandle(h -> h.createQuery("SELECT response_body FROM idempotency_key WHERE idempotency_key = 'k'").mapTo(String.class).one());
        assertThat(stored).startsWith("v1:").doesNotContain("secretsecret").doesNotContain("usr_9");
        assertThat(claim("usr_1", "k", HASH, NOW)).isEqualTo(new IdempotencyStore.Replay(201, body));

        raw.useHandle(h -> h.execute("UPDATE idempotency_key SET response_body = '{\"id\":\"usr_8\"}' WHERE idempotency_key = 'k'"));
        assertThat(claim("usr_1", "k", HASH, NOW)).isEqualTo(new IdempotencyStore.Replay(201, "{\"id\":\"usr_8\"}"));
    }
}
